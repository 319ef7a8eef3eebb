using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Tests.Responses;

/// <summary>The <c>Date</c> text is made once per second of the handler's clock, and follows that clock wherever it goes.</summary>
public sealed class DateHeaderTests
{
    [Test]
    public async Task Send_ClockMovesWithinASecond_ForwardAndBack_EveryDateIsTheClocksSecond()
    {
        var start = new DateTimeOffset(2026, 2, 25, 12, 0, 0, TimeSpan.Zero);
        var clock = new SettableClock { Now = start };
        using var handler = new FakeStatusHandler(clock);
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        var dates = new List<string>();
        async Task SendAsync()
        {
            using HttpResponseMessage response = await client.GetAsync(new Uri("/503", UriKind.Relative));
            dates.Add(response.Headers.NonValidated["Date"].ToString());
        }

        await SendAsync();
        clock.Now = start.AddMilliseconds(999);
        await SendAsync();
        clock.Now = start.AddSeconds(1);
        await SendAsync();
        clock.Now = start.AddDays(-1);
        await SendAsync();

        dates.Should().Equal(
            "Wed, 25 Feb 2026 12:00:00 GMT",
            "Wed, 25 Feb 2026 12:00:00 GMT",
            "Wed, 25 Feb 2026 12:00:01 GMT",
            "Tue, 24 Feb 2026 12:00:00 GMT");
    }

    [Test]
    public async Task Send_TwoHandlersOnClocksADayApart_EachDatesByItsOwnClock()
    {
        var start = new DateTimeOffset(2026, 2, 25, 12, 0, 0, TimeSpan.Zero);
        using var today = new FakeStatusHandler(new FakeTimeProvider(start));
        using var yesterday = new FakeStatusHandler(new FakeTimeProvider(start.AddDays(-1)));
        using HttpClient first = today.ToHttpClient(new Uri("https://fake.test"));
        using HttpClient second = yesterday.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage a = await first.GetAsync(new Uri("/503", UriKind.Relative));
        using HttpResponseMessage b = await second.GetAsync(new Uri("/503", UriKind.Relative));
        using HttpResponseMessage c = await first.GetAsync(new Uri("/503", UriKind.Relative));

        a.Headers.Date.Should().Be(start);
        b.Headers.Date.Should().Be(start.AddDays(-1));
        c.Headers.Date.Should().Be(start);
    }

    /// <summary>A clock a test sets to any time, backwards too (FakeTimeProvider only moves forward).</summary>
    private sealed class SettableClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
