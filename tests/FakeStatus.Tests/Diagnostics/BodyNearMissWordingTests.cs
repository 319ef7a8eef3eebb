namespace FakeStatus.Tests.Diagnostics;

/// <summary>The words of body near misses that the other tests do not reach: a missing field, an empty body, a long list of differences.</summary>
public sealed class BodyNearMissWordingTests
{
    [Test]
    public async Task Unmatched_FormLacksTheField_SaysSo()
    {
        using var handler = UnmatchedNearMissTests.Handler();
        handler.When(HttpMethod.Post, "/token").ForFormField("grant_type", "password").Respond(200);

        using HttpRequestMessage request = UnmatchedNearMissTests.Post("/token", "scope=read", "application/x-www-form-urlencoded");

        string message = await UnmatchedNearMissTests.MessageOf(handler, request);

        message.Should().Contain("    [x] form field grant_type=password: the form has no field 'grant_type'\n");
    }

    [Test]
    public async Task Unmatched_EmptyBodyForAJsonRoute_SaysTheBodyIsEmpty()
    {
        using var handler = UnmatchedNearMissTests.Handler();
        handler.When(HttpMethod.Post, "/pay").ForPartialJsonBody("{\"amount\": 1}").Respond(201);

        using HttpRequestMessage request = UnmatchedNearMissTests.Post("/pay", string.Empty, "application/json");

        string message = await UnmatchedNearMissTests.MessageOf(handler, request);

        message.Should().Contain("    [x] JSON body containing {\"amount\": 1}: body is not JSON: the body is empty\n");
    }

    [TestCase(10)]
    [TestCase(12)]
    public async Task Unmatched_JsonDifferences_ListsTenAndCountsTheRest(int differences)
    {
        using var handler = UnmatchedNearMissTests.Handler();
        string expected = "{" + string.Join(", ", Enumerable.Range(1, differences).Select(i => $"\"p{i}\": {i}")) + "}";
        string sent = "{" + string.Join(", ", Enumerable.Range(1, differences).Select(i => $"\"p{i}\": {i + 100}")) + "}";
        handler.When(HttpMethod.Post, "/many").ForJsonBody(expected).Respond(200);

        using HttpRequestMessage request = UnmatchedNearMissTests.Post("/many", sent, "application/json");

        string message = await UnmatchedNearMissTests.MessageOf(handler, request);

        Approvals.Verify(message, $"Unmatched_{differences}JsonDifferences");
    }

    [Test]
    public void ForJsonBody_PatternThatCannotBeSerialized_SaysWhatToPassInstead()
    {
        using var handler = UnmatchedNearMissTests.Handler();

        FluentActions.Invoking(() => handler.When(HttpMethod.Post, "/x").ForJsonBody(new { Kind = typeof(int) }))
            .Should().Throw<ArgumentException>()
            .WithMessage("The JSON body pattern, a <>f__AnonymousType*, cannot be serialized to JSON: * Pass an anonymous object, a record, a JsonNode or JSON text.*")
            .Which.ParamName.Should().Be("pattern");
    }
}
