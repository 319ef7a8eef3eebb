namespace FakeStatus.Site.Tests.Serve;

/// <summary><c>fakestatus serve</c> shows the site under /reference/ and still answers every other path with a fake response.</summary>
public sealed class ReferenceSiteMiddlewareTests
{
    [Test]
    public async Task Serve_ReferencePaths_ServeTheSiteAndLeaveTheConventionsAlone()
    {
        await using ServeRun serve = await ServeRun.StartAsync();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CheckCertificateRevocationList = true }) { BaseAddress = serve.Address };

        using HttpResponseMessage bare = await client.GetAsync(new Uri("reference", UriKind.Relative));
        bare.StatusCode.Should().Be(HttpStatusCode.Redirect, "relative links need the folder's trailing slash");
        bare.Headers.Location!.OriginalString.Should().Be("/reference/");

        using HttpResponseMessage root = await client.GetAsync(new Uri("reference/", UriKind.Relative));
        root.Content.Headers.ContentType!.ToString().Should().Be("text/html; charset=utf-8");
        (await root.Content.ReadAsStringAsync()).Should().Contain("href=\"ko/index.html\"");

        string page = await client.GetStringAsync(new Uri("reference/ko/smtp/530", UriKind.Relative));
        page.Should().Contain("<html lang=\"ko\">").And.Contain($"curl -i {serve.Address}smtp/530");
        (await client.GetStringAsync(new Uri("reference/ko/smtp/530.html", UriKind.Relative))).Should().Be(page);

        using HttpResponseMessage style = await client.GetAsync(new Uri("reference/site.css", UriKind.Relative));
        style.Content.Headers.ContentType!.MediaType.Should().Be("text/css");

        using HttpResponseMessage missing = await client.GetAsync(new Uri("reference/ko/smtp/999", UriKind.Relative));
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await missing.Content.ReadAsStringAsync()).Should().Contain("its index is /reference/");

        using HttpResponseMessage marker = await client.GetAsync(new Uri("reference/.fakestatus-site", UriKind.Relative));
        marker.StatusCode.Should().Be(HttpStatusCode.NotFound);

        using HttpResponseMessage fake = await client.GetAsync(new Uri("smtp/530", UriKind.Relative));
        ((int)fake.StatusCode).Should().Be(530);
        using HttpResponseMessage lookalike = await client.GetAsync(new Uri("references/530", UriKind.Relative));
        lookalike.StatusCode.Should().NotBe(HttpStatusCode.OK, "only the /reference segment is the site");
    }
}
