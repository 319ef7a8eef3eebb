namespace FakeStatus.Tests.Realism;

/// <summary>The rules no builder of this library can break, checked on hand-made messages.</summary>
public sealed class RealismRulesTests
{
    [Test]
    public void Check_BodyInTheAnswerToHead_IsAProblem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "https://api.test/x");
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = new StringContent("body") };

        RealismRules.Check(response, null, 4).Should().ContainSingle().Which.Should().StartWith("a body in the answer to HEAD");
    }

    [Test]
    public void Check_BodyWithoutContentType_IsAProblem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/x");
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = new ByteArrayContent([1, 2, 3]) };

        RealismRules.Check(response, null, 3).Should().ContainSingle().Which.Should().StartWith("a body without Content-Type");
    }

    [Test]
    public void Check_EmptyContentCarryingAHeader_IsNoBody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/x");
        using var response = new HttpResponseMessage(HttpStatusCode.NoContent) { RequestMessage = request, Content = new ByteArrayContent([]) };
        response.Content.Headers.Allow.Add("GET");

        RealismRules.Check(response, null, 0).Should().BeEmpty();
    }

    [TestCase("0", true)]
    [TestCase("120", true)]
    [TestCase("Wed, 25 Feb 2026 12:00:00 GMT", true)]
    [TestCase("", false)]
    [TestCase("-5", false)]
    [TestCase("1.5", false)]
    [TestCase("Wednesday, 25-Feb-26 12:00:00 GMT", false)]
    public void IsRetryAfter_AcceptsDelaySecondsAndImfFixdateOnly(string value, bool expected) =>
        RealismRules.IsRetryAfter(value).Should().Be(expected);
}
