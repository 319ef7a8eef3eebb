namespace FakeStatus.Tests.Log;

/// <summary>
/// The log keeps a plain request URI as its text and parses it again when a test reads it: what a test reads must be the
/// URI the request was sent with, in every part, whatever form it took, and the same object on every read.
/// </summary>
public sealed class RecordedUriTests
{
    private static IEnumerable<TestCaseData> SentUris()
    {
        yield return new TestCaseData(new Uri("https://fake.test/smtp/530/r17")).SetName("PlainUri");
        yield return new TestCaseData(new Uri(new Uri("https://fake.test/base/"), "c/../503?x=%41 b#frag")).SetName("BasePlusRelativeWithDotsEscapesAndFragment");
        yield return new TestCaseData(new Uri("HTTPS://Fake.TEST:443/p%7e/../503?%zz")).SetName("UpperCaseSchemeHostDefaultPortBadEscape");
        yield return new TestCaseData(new Uri("https://user:pw@fake.test/%C3%A4/503?q=%C3%A9")).SetName("UserInfoAndNonAsciiEscapes");
        yield return new TestCaseData(new UriBuilder("http", "fake.test", 8080, "/x y/503", "?q=1").Uri).SetName("UriBuilderWithASpace");
        yield return new TestCaseData(new Uri("https://fake.test/a/../503", new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true }))
            .SetName("CanonicalizationDisabledWithADotSegment");
        yield return new TestCaseData(new Uri("/503?q=1", UriKind.Relative)).SetName("RelativeUriNobodyResolved");
    }

    [TestCaseSource(nameof(SentUris))]
    public async Task Uri_AnyFormOfRequestUri_ReadsBackEqualInEveryPart(Uri sent)
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.Respond(404) });
        using var invoker = new HttpMessageInvoker(handler);
        using var request = new HttpRequestMessage(HttpMethod.Get, sent);

        // A relative URI is refused whatever the policy, and recorded all the same.
        Func<Task> send = async () => (await invoker.SendAsync(request, CancellationToken.None)).Dispose();
        if (sent.IsAbsoluteUri)
        {
            await send.Should().NotThrowAsync();
        }
        else
        {
            await send.Should().ThrowAsync<UnmatchedRequestException>();
        }

        Uri recorded = handler.Requests.Single().Uri!;
        recorded.Should().Be(sent);
        recorded.Equals(sent).Should().BeTrue();
        recorded.OriginalString.Should().Be(sent.OriginalString);
        recorded.ToString().Should().Be(sent.ToString());
        recorded.IsAbsoluteUri.Should().Be(sent.IsAbsoluteUri);
        if (sent.IsAbsoluteUri)
        {
            recorded.AbsoluteUri.Should().Be(sent.AbsoluteUri);
            recorded.PathAndQuery.Should().Be(sent.PathAndQuery);
            recorded.Fragment.Should().Be(sent.Fragment);
            recorded.UserInfo.Should().Be(sent.UserInfo);
            recorded.Port.Should().Be(sent.Port);
        }
    }

    [Test]
    public async Task Uri_PlainPathSentWithCanonicalizationDisabled_ReadsBackAsTheSameTextWithoutTheOption()
    {
        // Documented on RecordedRequest.Uri: the text is the same, so is every part; only the creation option is not kept.
        var sent = new Uri("https://fake.test/503/plain", new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        using var handler = new FakeStatusHandler();
        using var invoker = new HttpMessageInvoker(handler);
        using var request = new HttpRequestMessage(HttpMethod.Get, sent);

        using HttpResponseMessage response = await invoker.SendAsync(request, CancellationToken.None);

        Uri recorded = handler.Requests.Single().Uri!;
        recorded.Should().Be(new Uri("https://fake.test/503/plain"));
        recorded.OriginalString.Should().Be(sent.OriginalString);
        recorded.AbsoluteUri.Should().Be(sent.AbsoluteUri);
    }

    [Test]
    public async Task Uri_ReadFromEightThreadsAtOnce_IsOneObject()
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        using HttpResponseMessage response = await client.GetAsync(new Uri("/503", UriKind.Relative));
        RecordedRequest recorded = handler.Requests.Single();
        using var start = new Barrier(8);

        Uri?[] seen = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait();
            return recorded.Uri;
        })));

        seen.Should().AllSatisfy(uri => uri.Should().BeSameAs(seen[0]));
        recorded.Uri.Should().BeSameAs(seen[0]).And.Be(new Uri("https://fake.test/503"));
    }
}
