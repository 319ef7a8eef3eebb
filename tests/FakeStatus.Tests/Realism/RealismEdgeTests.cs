namespace FakeStatus.Tests.Realism;

/// <summary>The realism check at its edges: every problem listed in the message, one line each, and digits up to 9.</summary>
public sealed class RealismEdgeTests
{
    [Test]
    public void Respond_WithRealismThrow_ListsEveryProblemOnItsOwnLineThenTheRemedy()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Realism = RealismCheck.Throw });

        FluentActions.Invoking(() => handler.When("/moved").Respond(301, r => r.WithoutHeader("Location").WithHeader("Retry-After", "soon")))
            .Should().Throw<InvalidOperationException>()
            .Which.Message.Should().Be(
                "Route 'ANY /moved' answers a response no real server sends:\n"
                + "    301 without Location: a redirect must say where to go\n"
                + "    Retry-After 'soon' is neither delay-seconds (e.g. 120) nor an HTTP-date (e.g. Wed, 25 Feb 2026 12:00:00 GMT)\n"
                + "Add what is missing or remove what a real server would not send; for a deliberately broken server set FakeStatusOptions.Realism to RealismCheck.Off.");
    }

    [Test]
    public void Check_BodyInTheAnswerToHeadWithAWrongLength_IsOnlyTheHeadProblem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "https://api.test/x");
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = new StringContent("hello") };

        RealismRules.Check(response, null, 4).Should().Equal("a body in the answer to HEAD: a HEAD response never has one");
    }

    [TestCase("9", true)]
    [TestCase("90", true)]
    [TestCase("1234567890", true)]
    [TestCase("1:", false)]
    [TestCase("1/", false)]
    public void IsRetryAfter_DelaySeconds_AreTheDigitsZeroToNineOnly(string value, bool expected) =>
        RealismRules.IsRetryAfter(value).Should().Be(expected);
}
