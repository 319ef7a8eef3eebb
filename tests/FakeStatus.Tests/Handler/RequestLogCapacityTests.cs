namespace FakeStatus.Tests.Handler;

/// <summary>The log keeps the most recent requests in order, whatever its capacity and however it grew to reach it.</summary>
public sealed class RequestLogCapacityTests
{
    [TestCase(1)]
    [TestCase(15)]
    [TestCase(16)]
    [TestCase(17)]
    [TestCase(20)]
    [TestCase(33)]
    [TestCase(40)]
    [TestCase(41)]
    [TestCase(null)]
    public async Task Requests_AreTheMostRecentInArrivalOrder(int? capacity)
    {
        const int Sent = 40;
        using var handler = new FakeStatusHandler(new FakeStatusOptions { MaxRecordedRequests = capacity, TimeProvider = TestClock.AtSeedTime() });
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        for (int i = 0; i < Sent; i++)
        {
            using HttpResponseMessage response = await client.GetAsync($"/200?n={i}");
        }

        int kept = Math.Min(capacity ?? Sent, Sent);
        handler.Requests.Select(r => r.Uri!.Query).Should().Equal(Enumerable.Range(Sent - kept, kept).Select(i => $"?n={i}"));
    }

    [Test]
    public async Task ClearRequests_ThenMore_StartsAFreshRing()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { MaxRecordedRequests = 3, TimeProvider = TestClock.AtSeedTime() });
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        for (int i = 0; i < 5; i++)
        {
            using HttpResponseMessage response = await client.GetAsync($"/200?n={i}");
        }

        handler.ClearRequests();
        using (HttpResponseMessage response = await client.GetAsync("/200?n=after"))
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        handler.Requests.Select(r => r.Uri!.Query).Should().Equal("?n=after");
    }
}
