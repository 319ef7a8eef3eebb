namespace FakeStatus.Tests.Routing;

/// <summary>
/// Routes that answer a status nobody customised share one responder: each must still answer its own status, count its own
/// calls, and leave a customised route of the same status to answer as customised.
/// </summary>
public sealed class SharedResponderTests
{
    [Test]
    public async Task Respond_SameCodeOfTwoProtocolsAndACustomisedOne_EachRouteAnswersItsOwn()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        FakeRoute smtp = handler.When("/smtp-login").Respond("smtp", 530);
        FakeRoute http = handler.When("/http-login").Respond("http", 530);
        FakeRoute again = handler.When("/smtp-again").Respond("smtp", 530);
        FakeRoute custom = handler.When("/smtp-custom").Respond("smtp", 530, r => r.WithHeader("X-Custom", "yes"));
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage bySmtp = await client.GetAsync(new Uri("/smtp-login", UriKind.Relative));
        using HttpResponseMessage byHttp = await client.GetAsync(new Uri("/http-login", UriKind.Relative));
        using HttpResponseMessage byAgain = await client.GetAsync(new Uri("/smtp-again", UriKind.Relative));
        using HttpResponseMessage byAgainTwice = await client.GetAsync(new Uri("/smtp-again", UriKind.Relative));
        using HttpResponseMessage byCustom = await client.GetAsync(new Uri("/smtp-custom", UriKind.Relative));

        bySmtp.ReasonPhrase.Should().Be(byAgain.ReasonPhrase).And.NotBe(byHttp.ReasonPhrase);
        byHttp.ReasonPhrase.Should().Be(StatusCatalog.Default.Get("http", 530).ReasonPhrase);
        bySmtp.Headers.Contains("X-Custom").Should().BeFalse();
        byCustom.Headers.GetValues("X-Custom").Should().Equal("yes");
        (smtp.CallCount, http.CallCount, again.CallCount, custom.CallCount).Should().Be((1L, 1L, 2L, 1L));
        handler.Requests.Select(r => r.Route).Should().Equal(smtp, http, again, again, custom);
    }
}
