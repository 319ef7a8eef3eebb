using System.Text.Json;
using System.Text.Json.Nodes;

namespace FakeStatus.Tests.Matching;

/// <summary>Bad or unusual JSON on either side of a body match: no match or an ArgumentException, never another exception.</summary>
public sealed class JsonBadInputTests
{
    [TestCase("{\"name\": \"\\uD83D\"}", TestName = "ForJsonBody_BodyStringWithALoneHighSurrogate_DoesNotMatch")]
    [TestCase("{\"name\": \"a\\uDE00b\"}", TestName = "ForJsonBody_BodyStringWithALoneLowSurrogate_DoesNotMatch")]
    [TestCase("{\"\\uD83D\": 1, \"name\": \"ada\"}", TestName = "ForJsonBody_BodyPropertyNameWithALoneSurrogate_DoesNotMatch")]
    public async Task ForJsonBody_BodyWithInvalidUtf16Escapes_DoesNotMatchAndDoesNotThrow(string body)
    {
        using FakeStatusHandler handler = JsonBodyMatchingTests.Handler();
        handler.When(HttpMethod.Post, "/pay").ForJsonBody("{\"name\": \"ada\"}").Respond(201);

        (await JsonBodyMatchingTests.StatusOf(handler, body)).Should().Be(404);
    }

    [TestCase("{\"\\uD83D\": 1, \"name\": \"ada\"}", 201, TestName = "ForPartialJsonBody_LoneSurrogateInAPropertyThePatternIgnores_Matches")]
    [TestCase("{\"name\": \"\\uD83D\"}", 404, TestName = "ForPartialJsonBody_LoneSurrogateInTheComparedValue_DoesNotMatch")]
    [TestCase("{\"name\": \"ada\", \"note\": \"\\uDBFF\"}", 201, TestName = "ForPartialJsonBody_LoneSurrogateInAnExtraValue_Matches")]
    public async Task ForPartialJsonBody_BodyWithInvalidUtf16Escapes_DecidesOnTheComparedValuesOnly(string body, int expected)
    {
        using FakeStatusHandler handler = JsonBodyMatchingTests.Handler();
        handler.When(HttpMethod.Post, "/pay").ForPartialJsonBody("{\"name\": \"ada\"}").Respond(201);

        (await JsonBodyMatchingTests.StatusOf(handler, body)).Should().Be(expected);
    }

    [Test]
    public async Task ForJsonBody_BodyWithALoneSurrogate_UnmatchedMessageShowsTheEscape()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
        handler.When(HttpMethod.Post, "/pay").ForJsonBody("{\"name\": \"ada\"}").Respond(201);

        Func<Task> send = () => JsonBodyMatchingTests.StatusOf(handler, "{\"name\": \"\\uD83D\"}");

        (await send.Should().ThrowAsync<UnmatchedRequestException>()).WithMessage("*$.name: expected \"ada\", got \"\\uD83D\"*");
    }

    [TestCase("{\"name\": \"\\uD83D\"}", TestName = "ForJsonBody_PatternWithALoneSurrogate_IsRefusedNamingTheArgument")]
    [TestCase("{\"\\uDC00\": 1}", TestName = "ForJsonBody_PatternPropertyNameWithALoneSurrogate_IsRefusedNamingTheArgument")]
    public void ForJsonBody_PatternWithInvalidUtf16Escapes_ThrowsArgumentException(string pattern)
    {
        using FakeStatusHandler handler = JsonBodyMatchingTests.Handler();

        FluentActions.Invoking(() => handler.When(HttpMethod.Post, "/pay").ForJsonBody(pattern)).Should().Throw<ArgumentException>()
            .WithParameterName("json").WithMessage("The JSON body pattern cannot be matched: the * at $* is an unpaired surrogate escape (such as \\uD83D), which is not valid UTF-16 text.*");
    }

    [Test]
    public void ForJsonBody_PatternWithARepeatedProperty_ThrowsArgumentExceptionNamingIt()
    {
        using FakeStatusHandler handler = JsonBodyMatchingTests.Handler();

        FluentActions.Invoking(() => handler.When(HttpMethod.Post, "/pay").ForJsonBody("{\"a\": {\"name\": null, \"name\": 1}}")).Should().Throw<ArgumentException>()
            .WithParameterName("json").WithMessage("The JSON body pattern cannot be matched: the property $.a.name is given twice in one object; give it once.*");
    }

    [Test]
    public void ForJsonBody_CyclicObject_ThrowsArgumentExceptionNamingThePattern()
    {
        using FakeStatusHandler handler = JsonBodyMatchingTests.Handler();
        var node = new Node();
        node.Next = node;

        FluentActions.Invoking(() => handler.When(HttpMethod.Post, "/pay").ForJsonBody(node)).Should().Throw<ArgumentException>()
            .WithParameterName("pattern").WithMessage("*Node*cannot be serialized to JSON*");
    }

    [Test]
    public void ForJsonBody_DefaultJsonElement_ThrowsArgumentExceptionNamingThePattern()
    {
        using FakeStatusHandler handler = JsonBodyMatchingTests.Handler();

        FluentActions.Invoking(() => handler.When(HttpMethod.Post, "/pay").ForPartialJsonBody(default(JsonElement))).Should().Throw<ArgumentException>()
            .WithParameterName("pattern").WithMessage("*default(JsonElement)*holds no value*");
    }

    [Test]
    public void ForJsonBody_Stream_ThrowsArgumentExceptionNamingThePattern()
    {
        using FakeStatusHandler handler = JsonBodyMatchingTests.Handler();
        using var stream = new MemoryStream("{\"a\":1}"u8.ToArray());

        FluentActions.Invoking(() => handler.When(HttpMethod.Post, "/pay").ForJsonBody(stream)).Should().Throw<ArgumentException>()
            .WithParameterName("pattern").WithMessage("*MemoryStream*not a JSON pattern*ForJsonBody(string)*");
    }

    [Test]
    public void ForJsonBody_PatternTextWithALoneSurrogateCharacter_ThrowsArgumentException()
    {
        using FakeStatusHandler handler = JsonBodyMatchingTests.Handler();
        string pattern = "{\"name\": \"a" + (char)0xD83D + "\"}";

        FluentActions.Invoking(() => handler.When(HttpMethod.Post, "/pay").ForPartialJsonBody(pattern)).Should().Throw<ArgumentException>()
            .WithParameterName("json").WithMessage("*unpaired surrogate (U+D83D) at index 11*");
    }

    [Test]
    public async Task ForJsonBody_JsonElementPattern_IsTakenAsItIs()
    {
        using FakeStatusHandler handler = JsonBodyMatchingTests.Handler();
        using JsonDocument document = JsonDocument.Parse("{\"name\": \"ada\"}");
        handler.When(HttpMethod.Post, "/pay").ForJsonBody(document.RootElement).Respond(201);

        (await JsonBodyMatchingTests.StatusOf(handler, "{\"name\":\"ada\"}")).Should().Be(201);
    }

    [TestCase(65)]
    [TestCase(500)]
    public async Task ForJsonBody_ValidJsonDeeperThan64Levels_Matches(int depth)
    {
        string deep = new string('[', depth) + "1" + new string(']', depth);
        string other = new string('[', depth) + "2" + new string(']', depth);
        using FakeStatusHandler handler = JsonBodyMatchingTests.Handler();
        handler.When(HttpMethod.Post, "/pay").ForJsonBody("{\"deep\": " + deep + "}").Respond(201);

        (await JsonBodyMatchingTests.StatusOf(handler, "{ \"deep\" : " + deep + " }")).Should().Be(201);
        (await JsonBodyMatchingTests.StatusOf(handler, "{\"deep\": " + other + "}")).Should().Be(404);
    }

    [Test]
    public async Task ForJsonBody_BodyDeeperThanTheLimit_IsCalledJsonTooDeepNotNotJson()
    {
        const int Depth = 5000;
        using var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
        handler.When(HttpMethod.Post, "/pay").ForJsonBody("{\"a\": 1}").Respond(201);

        Func<Task> send = () => JsonBodyMatchingTests.StatusOf(handler, new string('[', Depth) + new string(']', Depth));

        UnmatchedRequestException e = (await send.Should().ThrowAsync<UnmatchedRequestException>()).Which;
        e.Message.Should().Contain("body is JSON nested deeper than 1000 levels").And.NotContain("not JSON");
    }

    [Test]
    public void ForJsonBody_PatternDeeperThanTheLimit_ThrowsArgumentExceptionSayingSo()
    {
        using FakeStatusHandler handler = JsonBodyMatchingTests.Handler();
        string deep = new string('[', 1001) + new string(']', 1001);

        FluentActions.Invoking(() => handler.When(HttpMethod.Post, "/pay").ForJsonBody(deep)).Should().Throw<ArgumentException>()
            .WithParameterName("json").WithMessage("*nested deeper than 1000 levels*");
    }

    private sealed class Node
    {
        public Node? Next { get; set; }
    }
}
