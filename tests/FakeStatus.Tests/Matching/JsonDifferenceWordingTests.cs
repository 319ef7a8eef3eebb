using FakeStatus.Tests.Diagnostics;

namespace FakeStatus.Tests.Matching;

/// <summary>How a JSON body difference is written in the unmatched message: its JSON path, and the values it shows.</summary>
public sealed class JsonDifferenceWordingTests
{
    [TestCase("{\"items\":[1,2]}", "{\"items\":[1,2,3]}", "$.items[2]: not expected", TestName = "Unmatched_ArrayLongerThanThePattern_NamesTheExtraItem")]
    [TestCase("{\"items\":[1,2]}", "{\"items\":[1]}", "$.items[1]: missing", TestName = "Unmatched_ArrayShorterThanThePattern_NamesTheMissingItem")]
    [TestCase("{\"items\":[1,2]}", "{\"items\":[1,3]}", "$.items[1]: expected 2, got 3", TestName = "Unmatched_ArrayItemDiffers_NamesTheItem")]
    [TestCase("{\"currency\":\"EUR\"}", "{}", "$.currency: missing", TestName = "Unmatched_PropertyMissing_SaysMissing")]
    [TestCase("{\"ok\":true}", "{\"ok\":false}", "$.ok: expected true, got false", TestName = "Unmatched_BooleanDiffers_ShowsBoth")]
    [TestCase("{\"a\":\"x\"}", "{\"a\":true}", "$.a: expected \"x\", got true", TestName = "Unmatched_StringPatternGotBoolean_ShowsBoth")]
    [TestCase("{\"a\":1}", "{\"a\":false}", "$.a: expected 1, got false", TestName = "Unmatched_NumberPatternGotBoolean_ShowsBoth")]
    [TestCase("{\"a\":{\"b\":1}}", "{\"a\":[1,2]}", "$.a: expected an object, got an array of 2", TestName = "Unmatched_ObjectPatternGotArray_NamesTheKinds")]
    [TestCase("{\"a\":{\"b\":1}}", "{\"a\":{\"b\":2}}", "$.a.b: expected 1, got 2", TestName = "Unmatched_NestedPropertyDiffers_NamesTheNestedPath")]
    [TestCase("{\"two words\":1}", "{\"two words\":2}", "$['two words']: expected 1, got 2", TestName = "Unmatched_NameWithASpace_IsBracketed")]
    [TestCase("{\"it's\":1}", "{\"it's\":2}", "$['it\\'s']: expected 1, got 2", TestName = "Unmatched_NameWithAQuote_IsBracketedAndEscaped")]
    [TestCase("{\"\":1}", "{\"\":2}", "$['']: expected 1, got 2", TestName = "Unmatched_EmptyName_IsEmptyBrackets")]
    [TestCase("{\"a_b1\":1}", "{\"a_b1\":2}", "$.a_b1: expected 1, got 2", TestName = "Unmatched_NameWithUnderscoreAndDigit_IsDotted")]
    public async Task Unmatched_OneJsonDifference_NamesItsPathAndValues(string pattern, string sent, string difference)
    {
        using var handler = UnmatchedNearMissTests.Handler();
        handler.When(HttpMethod.Post, "/pay").ForJsonBody(pattern).Respond(201);

        using HttpRequestMessage request = UnmatchedNearMissTests.Post("/pay", sent, "application/json");

        string message = await UnmatchedNearMissTests.MessageOf(handler, request);

        message.Should().Contain("    [x] JSON body " + pattern + ": " + difference + "\n");
    }

    [Test]
    public async Task Unmatched_TwoArrayItemsDiffer_ListsBoth()
    {
        using var handler = UnmatchedNearMissTests.Handler();
        handler.When(HttpMethod.Post, "/pay").ForJsonBody("{\"items\":[1,2]}").Respond(201);

        using HttpRequestMessage request = UnmatchedNearMissTests.Post("/pay", "{\"items\":[8,9]}", "application/json");

        string message = await UnmatchedNearMissTests.MessageOf(handler, request);

        message.Should().Contain(
            "    [x] JSON body {\"items\":[1,2]}\n" +
            "        $.items[0]: expected 1, got 8\n" +
            "        $.items[1]: expected 2, got 9\n");
    }

    [TestCase(58, "\"" + "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy" + "\"", TestName = "Unmatched_ValueOfSixtyCharacters_IsShownWhole")]
    [TestCase(59, "\"" + "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy" + "...", TestName = "Unmatched_ValueOfSixtyOneCharacters_IsCutAtSixty")]
    public async Task Unmatched_LongValue_IsCutAfterSixtyCharacters(int letters, string shown)
    {
        using var handler = UnmatchedNearMissTests.Handler();
        handler.When(HttpMethod.Post, "/pay").ForJsonBody("{\"a\":\"x\"}").Respond(201);

        using HttpRequestMessage request = UnmatchedNearMissTests.Post("/pay", "{\"a\":\"" + new string('y', letters) + "\"}", "application/json");

        string message = await UnmatchedNearMissTests.MessageOf(handler, request);

        message.Should().Contain("    [x] JSON body {\"a\":\"x\"}: $.a: expected \"x\", got " + shown + "\n");
    }

    [TestCase("{\"a\":null}", "{\"a\":null}", 201, TestName = "ForJsonBody_NullMatchesNull")]
    [TestCase("{\"a\":null}", "{\"a\":0}", 404, TestName = "ForJsonBody_NullDoesNotMatchZero")]
    [TestCase("{\"ok\":false}", "{\"ok\":false}", 201, TestName = "ForJsonBody_FalseMatchesFalse")]
    [TestCase("{\"ok\":false}", "{\"ok\":true}", 404, TestName = "ForJsonBody_FalseDoesNotMatchTrue")]
    [TestCase("{\"a\":\"x\"}", "{\"a\":true}", 404, TestName = "ForJsonBody_StringDoesNotMatchABoolean")]
    public async Task ForJsonBody_NullAndBooleans_MatchOnlyTheSameValue(string pattern, string body, int expected)
    {
        using var handler = JsonBodyMatchingTests.Handler();
        handler.When(HttpMethod.Post, "/pay").ForJsonBody(pattern).Respond(201);

        (await JsonBodyMatchingTests.StatusOf(handler, body)).Should().Be(expected);
    }

    [Test]
    public void ForJsonBody_InvalidJsonText_GivesTheParserReasonAndPosition()
    {
        using var handler = JsonBodyMatchingTests.Handler();

        FluentActions.Invoking(() => handler.When("/pay").ForJsonBody("{\"amount\": }"))
            .Should().Throw<ArgumentException>()
            .WithMessage("The JSON body pattern is not valid JSON: '}' is an invalid start of a value at line 1, position 12. (Parameter 'json')");
    }
}
