namespace FakeStatus.Tests.Handler;

/// <summary>
/// The log keeps requests by value and makes each record when it is first read: every read, from the handler and from the
/// scope the request came from, must still return the one object for one request, with what the request carried.
/// </summary>
public sealed class RecordIdentityTests
{
    [Test]
    public async Task Requests_ReadTwiceWithRequestsBetween_ReturnsTheSameObjectForTheSameRequest()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        (await client.GetAsync(new Uri("/503", UriKind.Relative))).Dispose();
        RecordedRequest first = handler.Requests.Single();

        (await client.GetAsync(new Uri("/404", UriKind.Relative))).Dispose();

        IReadOnlyList<RecordedRequest> later = handler.Requests;
        later.Should().HaveCount(2);
        later[0].Should().BeSameAs(first);
        later[1].Uri.Should().Be(new Uri("https://fake.test/404"));
        later[1].StatusCode.Should().Be(404);
    }

    [Test]
    public async Task Requests_OfAScopedRequest_AreOneObjectInTheHandlerAndTheScope()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        using FakeStatusScope scope = handler.BeginScope();
        scope.When(HttpMethod.Post, "/orders").Respond(201);

        using var content = new StringContent("{\"id\":7}");
        (await client.PostAsync(new Uri("/orders", UriKind.Relative), content)).Dispose();

        RecordedRequest fromScope = scope.Requests.Single();
        handler.Requests.Single().Should().BeSameAs(fromScope);
        fromScope.BodyText.Should().Be("{\"id\":7}");
        fromScope.StatusCode.Should().Be(201);
    }

    [Test]
    public async Task Requests_AfterTheLogWrapped_KeepsTheNewestInOrderWithTheirOwnValues()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { MaxRecordedRequests = 3, TimeProvider = TestClock.AtSeedTime() });
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        RecordedRequest? earlyRead = null;
        for (int code = 500; code < 505; code++)
        {
            (await client.GetAsync(new Uri("/" + code, UriKind.Relative))).Dispose();
            earlyRead ??= handler.Requests.Single();
        }

        IReadOnlyList<RecordedRequest> kept = handler.Requests;
        kept.Select(r => r.StatusCode).Should().Equal(502, 503, 504);
        kept.Should().NotContain(earlyRead!, "the oldest gave way");
        earlyRead!.StatusCode.Should().Be(500, "a record already read stays as it was when the log drops it");
    }
}
