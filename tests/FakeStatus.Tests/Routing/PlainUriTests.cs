namespace FakeStatus.Tests.Routing;

public sealed class PlainUriTests
{
    [TestCase("https://fake.test/smtp/530")]
    [TestCase("HTTPS://Fake.Test:443/SMTP/530/x-y_z~")]
    [TestCase("http://u:p@fake.test/smtp/530?variant=x&sleep=1")]
    [TestCase("http://[::1]:8080/status/503?")]
    [TestCase("https://fake.test/530?variant=cloud-flare.v2")]
    public void TrySplit_PlainHttpUri_ReadsWhatUriWouldGive(string text)
    {
        var uri = new Uri(text);

        PlainUri.TrySplit(uri, out ReadOnlyMemory<char> path, out ReadOnlyMemory<char> query).Should().BeTrue();

        path.ToString().Should().Be(uri.AbsolutePath);
        query.ToString().Should().Be(uri.Query);
    }

    [TestCase("https://fake.test", "/")]
    [TestCase("https://fake.test?sleep=5", "/")]
    public void TrySplit_NoPath_GivesAnEmptyPathWhereUriGivesRoot(string text, string absolutePath)
    {
        var uri = new Uri(text);

        PlainUri.TrySplit(uri, out ReadOnlyMemory<char> path, out ReadOnlyMemory<char> query).Should().BeTrue();

        uri.AbsolutePath.Should().Be(absolutePath);
        path.Length.Should().Be(0);
        query.ToString().Should().Be(uri.Query);
    }

    [TestCase("https://fake.test/a/../smtp/530")]
    [TestCase("https://fake.test/./530")]
    [TestCase("https://fake.test/smtp%2F530")]
    [TestCase("https://fake.test/smtp/530#fragment")]
    [TestCase("https://fake.test/smtp\\530")]
    [TestCase("https://fake.test//smtp/530")]
    [TestCase("https://fake.test/caf\u00e9/530")]
    [TestCase("https://fake.test/530?variant=bad%20name")]
    [TestCase("https://fake.test/530?q=a+b")]
    [TestCase("ftp://fake.test/530")]
    [TestCase("file:///tmp/530")]
    public void TrySplit_UriThatUriWouldRewriteOrNotHttp_Declines(string text) =>
        PlainUri.TrySplit(new Uri(text), out _, out _).Should().BeFalse();

    [TestCase("/a/../smtp/530", 530, "Authentication Required")]
    [TestCase("/%73mtp/530", 530, "Authentication Required")]
    [TestCase("/smtp/530#fragment", 530, "Authentication Required")]
    public async Task SendAsync_UriThatTakesTheFallback_AnswersAsUriReadsIt(string path, int code, string reason)
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage response = await client.GetAsync(path);

        ((int)response.StatusCode).Should().Be(code);
        response.ReasonPhrase.Should().Be(reason);
    }

    [TestCase("https://fake.test/smtp/530")]
    [TestCase("https://fake.test/status/404/deep/path")]
    [TestCase("https://fake.test/pantheon/530")]
    public void Match_PlainHttpUri_AllocatesNothing(string text)
    {
        var uri = new Uri(text);
        StatusCatalog registry = StatusCatalog.Default;
        UrlConventions.Match(uri, registry).Outcome.Should().Be(ConventionOutcome.Status);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            UrlConventions.Match(uri, registry);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0, "the request path reads the URI in place and captures no closure");
    }
}
