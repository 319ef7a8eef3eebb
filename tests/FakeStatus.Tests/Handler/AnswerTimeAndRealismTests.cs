using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Tests.Handler;

/// <summary>
/// An answer with no delay is dated when the request arrived, however the clock moves while it is handled; a response the
/// URL conventions build from the caller's headers is checked for realism like a route's, and named as the convention's.
/// </summary>
public sealed class AnswerTimeAndRealismTests
{
    [Test]
    public async Task Answer_WithoutDelay_IsDatedAtArrival_AndRecordedAsCompletedLater()
    {
        var clock = new FakeTimeProvider(TestClock.SeedTime) { AutoAdvanceAmount = TimeSpan.FromMinutes(1) };
        using var handler = new FakeStatusHandler(clock);
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage response = await client.GetAsync(new Uri("/503", UriKind.Relative));

        response.Headers.Date.Should().Be(TestClock.SeedTime);
        RecordedRequest recorded = handler.Requests.Single();
        recorded.ArrivedAt.Should().Be(TestClock.SeedTime);
        recorded.CompletedAt.Should().BeAfter(TestClock.SeedTime);
    }

    [Test]
    public async Task ConventionWithAnUnrealisticEchoedHeader_InThrowMode_NamesTheConvention()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Realism = RealismCheck.Throw, TimeProvider = TestClock.AtSeedTime() });
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/503", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("X-HttpStatus-Response-Retry-After", "later");

        Func<Task> act = () => client.SendAsync(request);

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Be(
            "The URL convention answered a response no real server sends:\n" +
            "    Retry-After 'later' is neither delay-seconds (e.g. 120) nor an HTTP-date (e.g. Wed, 25 Feb 2026 12:00:00 GMT)\n" +
            "Add what is missing or remove what a real server would not send; for a deliberately broken server set FakeStatusOptions.Realism to RealismCheck.Off.");
    }

    [Test]
    public async Task ConventionWithAnEchoedHeader_InWarnMode_SendsItAndNotesTheProblem()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/503", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("X-HttpStatus-Response-Retry-After", "later");

        using HttpResponseMessage response = await client.SendAsync(request);

        response.Headers.GetValues("Retry-After").Should().Equal("later");
        handler.Requests.Single().RealismProblems.Should().Equal(
            "Retry-After 'later' is neither delay-seconds (e.g. 120) nor an HTTP-date (e.g. Wed, 25 Feb 2026 12:00:00 GMT)");
    }
}
