namespace FakeStatus.Tests.Scenarios;

/// <summary>Messages for builder calls that cannot work, each naming what was wrong and what would work.</summary>
public sealed class BuilderEdgeMessageTests
{
    private const string Bare = "{\"name\": \"bare\", \"contentType\": \"text/plain\", \"body\": \"error {{status}}\", \"fields\": {}}";

    [Test]
    public void RespondRandomly_NoChoice_IsRejectedWithAnExample()
    {
        using var handler = new FakeStatusHandler();

        FluentActions.Invoking(() => handler.When("/r").RespondRandomly(7, _ => { }))
            .Should().Throw<ArgumentException>()
            .WithMessage("A random choice needs at least one option, e.g. r => r.Respond(0.9, 200).Respond(0.1, 503).*")
            .Which.ParamName.Should().Be("choices");
        handler.Routes.Should().BeEmpty();
    }

    [Test]
    public void WithBodyEndingEarly_NegativeByteCount_IsRejectedNamingTheCount()
    {
        using var handler = new FakeStatusHandler();

        FluentActions.Invoking(() => handler.When("/cut").Respond(200, r => r.WithTextBody("hello").WithBodyEndingEarly(-1)))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("The number of bytes sent before the body ends must not be negative.*")
            .Which.ActualValue.Should().Be(-1);
    }

    [Test]
    public void WithErrorStyle_OverrideOnAStyleWithoutFields_SaysItHasNone()
    {
        using var handler = new FakeStatusHandler();
        ErrorStyle bare = ErrorStyle.Parse(Bare, "bare.json");

        FluentActions.Invoking(() => handler.When("/x").Respond(503, r => r.WithErrorStyle(bare, errorCode: "BUSY")))
            .Should().Throw<ArgumentException>()
            .WithMessage("The error style 'bare' has no 'code' field to set; its fields are: none.*")
            .Which.ParamName.Should().Be("errorCode");
    }

    [TestCase("connection refused", "Connection refused (unknown:0)")]
    [TestCase("name resolution failure", "Name or service not known (unknown:0)")]
    public void Fault_RequestWithARelativeUri_NamesAnUnknownEndpoint(string fault, string expected)
    {
        FakeFault chosen = fault == "connection refused" ? FakeFault.ConnectionRefused() : FakeFault.NameResolutionFailure();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/orders/7", UriKind.Relative));

        chosen.Create(request).Message.Should().Be(expected);
    }

    [TestCase("https://api.test:8443/orders/7", "Connection refused (api.test:8443)")]
    [TestCase("http://api.test/orders/7", "Connection refused (api.test:80)")]
    public void Fault_RequestWithAnAbsoluteUri_NamesHostAndPort(string address, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address));

        FakeFault.ConnectionRefused().Create(request).Message.Should().Be(expected);
    }
}
