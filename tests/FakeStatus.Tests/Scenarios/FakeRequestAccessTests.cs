using System.Text;
using System.Text.Json;

namespace FakeStatus.Tests.Scenarios;

/// <summary>What a response factory reads from the request: body text, JSON, query, headers, and how the request names itself.</summary>
public sealed class FakeRequestAccessTests
{
    private static readonly Uri Orders = new("https://api.test/orders/7?strict=true&strict=false&flag");

    [Test]
    public void BodyText_NoBody_IsEmpty()
    {
        FakeRequest request = Request(body: null);

        request.BodyText.Should().BeEmpty();
        request.Body.Length.Should().Be(0);
    }

    [Test]
    public void BodyText_Utf8Body_IsTheDecodedText()
    {
        FakeRequest request = Request(body: Encoding.UTF8.GetBytes("{\"quantity\":11} é"));

        request.BodyText.Should().Be("{\"quantity\":11} é");
        request.BodyText.Should().Be("{\"quantity\":11} é", "a second read gives the same text");
    }

    [TestCase("strict", "true")]
    [TestCase("flag", "")]
    [TestCase("STRICT", null)]
    [TestCase("missing", null)]
    public void GetQuery_Name_IsItsFirstValueOrNull(string name, string? expected)
    {
        FakeRequest request = Request(body: null);

        request.GetQuery(name).Should().Be(expected);
        request.GetQuery(name).Should().Be(expected, "a second look reads the same query");
    }

    [TestCase("accept", "application/json, text/plain")]
    [TestCase("X-Single", "one")]
    [TestCase("X-Missing", null)]
    public void GetHeader_Name_JoinsItsValuesOrIsNull(string name, string? expected) =>
        Request(body: null).GetHeader(name).Should().Be(expected);

    [Test]
    public void GetQueryAndGetHeader_NullName_ThrowArgumentNullException()
    {
        FakeRequest request = Request(body: null);

        FluentActions.Invoking(() => request.GetQuery(null!)).Should().Throw<ArgumentNullException>().WithParameterName("name");
        FluentActions.Invoking(() => request.GetHeader(null!)).Should().Throw<ArgumentNullException>().WithParameterName("name");
    }

    [TestCase(null)]
    [TestCase("")]
    public void ReadJson_NoBody_ThrowsNamingTheRequest(string? body)
    {
        FakeRequest request = Request(body: body is null ? null : Encoding.UTF8.GetBytes(body));

        FluentActions.Invoking(() => request.ReadJson<Order>()).Should().Throw<InvalidOperationException>()
            .WithMessage("POST https://api.test/orders/7?strict=true&strict=false&flag has no body to read as JSON.");
    }

    [Test]
    public void ReadJson_OwnOptions_AreUsedInsteadOfTheWebDefaults()
    {
        FakeRequest request = Request(body: Encoding.UTF8.GetBytes("{\"quantity\":11}"));

        request.ReadJson<Order>()!.Quantity.Should().Be(11, "the web defaults match camelCase names");
        request.ReadJson<Order>(new JsonSerializerOptions())!.Quantity.Should().Be(0, "the plain options are case-sensitive");
    }

    [Test]
    public void ToString_IsMethodAndUri() =>
        Request(body: null).ToString().Should().Be("POST https://api.test/orders/7?strict=true&strict=false&flag");

    private static FakeRequest Request(byte[]? body) => new(
        HttpMethod.Post,
        Orders,
        HttpVersion.Version11,
        new Dictionary<string, string> { ["id"] = "7" },
        [
            new("Accept", ["application/json", "text/plain"]),
            new("X-Single", ["one"]),
        ],
        body);

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1812", Justification = "System.Text.Json creates it when the test reads the request body.")]
    private sealed record Order(int Quantity);
}
