using System.Text;
using System.Text.Json.Nodes;

namespace FakeStatus.Tests.Matching;

public sealed class JsonBodyMatchingTests
{
    [TestCase("{\"amount\": 12.5, \"currency\": \"EUR\"}", 201, TestName = "ForJsonBody_SameJson_Matches")]
    [TestCase("{ \"currency\" : \"EUR\" ,\n \"amount\" : 12.50 }", 201, TestName = "ForJsonBody_OtherKeyOrderWhitespaceAndTrailingZero_Matches")]
    [TestCase("{\"amount\": 12.5}", 404, TestName = "ForJsonBody_MissingProperty_DoesNotMatch")]
    [TestCase("{\"amount\": 12.5, \"currency\": \"EUR\", \"note\": null}", 404, TestName = "ForJsonBody_ExtraProperty_DoesNotMatch")]
    [TestCase("{\"amount\": \"12.5\", \"currency\": \"EUR\"}", 404, TestName = "ForJsonBody_NumberAsString_DoesNotMatch")]
    [TestCase("amount=12.5", 404, TestName = "ForJsonBody_BodyIsNotJson_DoesNotMatch")]
    public async Task ForJsonBody_ExactPattern_MatchesOnlyEqualJson(string body, int expected)
    {
        using var handler = Handler();
        handler.When(HttpMethod.Post, "/pay").ForJsonBody("{\"amount\": 12.5, \"currency\": \"EUR\"}").Respond(201);

        (await StatusOf(handler, body)).Should().Be(expected);
    }

    [TestCase("{\"amount\": 1, \"currency\": \"EUR\", \"note\": \"x\"}", 201, TestName = "ForPartialJsonBody_ExtraProperties_Matches")]
    [TestCase("{\"amount\": 1.0, \"currency\": \"EUR\"}", 201, TestName = "ForPartialJsonBody_OneEqualsOnePointZero_Matches")]
    [TestCase("{\"currency\": \"EUR\"}", 404, TestName = "ForPartialJsonBody_MissingProperty_DoesNotMatch")]
    [TestCase("{\"amount\": 2, \"currency\": \"EUR\"}", 404, TestName = "ForPartialJsonBody_OtherValue_DoesNotMatch")]
    public async Task ForPartialJsonBody_Subset_MatchesSupersets(string body, int expected)
    {
        using var handler = Handler();
        handler.When(HttpMethod.Post, "/pay").ForPartialJsonBody(new { Amount = 1 }).Respond(201);

        (await StatusOf(handler, body)).Should().Be(expected);
    }

    [TestCase("{\"items\": [{\"sku\": \"a\", \"qty\": 1}, {\"sku\": \"b\", \"qty\": 2}], \"id\": 7}", 201, TestName = "ForPartialJsonBody_ArrayElementsPartial_Matches")]
    [TestCase("{\"items\": [{\"sku\": \"b\"}, {\"sku\": \"a\"}]}", 404, TestName = "ForPartialJsonBody_ArrayInOtherOrder_DoesNotMatch")]
    [TestCase("{\"items\": [{\"sku\": \"a\"}, {\"sku\": \"b\"}, {\"sku\": \"c\"}]}", 404, TestName = "ForPartialJsonBody_LongerArray_DoesNotMatch")]
    public async Task ForPartialJsonBody_Arrays_CompareInOrderWithTheSameLength(string body, int expected)
    {
        using var handler = Handler();
        handler.When(HttpMethod.Post, "/pay").ForPartialJsonBody("{\"items\": [{\"sku\": \"a\"}, {\"sku\": \"b\"}]}").Respond(201);

        (await StatusOf(handler, body)).Should().Be(expected);
    }

    [TestCase("{\"id\": 42, \"name\": \"Ada\"}", 201, TestName = "ForJsonBody_AnyMatchesANumber")]
    [TestCase("{\"id\": null, \"name\": \"Ada\"}", 201, TestName = "ForJsonBody_AnyMatchesNull")]
    [TestCase("{\"id\": {\"nested\": [1]}, \"name\": \"Ada\"}", 201, TestName = "ForJsonBody_AnyMatchesAnObject")]
    [TestCase("{\"name\": \"Ada\"}", 404, TestName = "ForJsonBody_AnyNeedsThePropertyPresent")]
    public async Task ForJsonBody_AnyWildcard_MatchesAnyPresentValue(string body, int expected)
    {
        using var objectHandler = Handler();
        objectHandler.When(HttpMethod.Post, "/pay").ForJsonBody(new { Id = JsonMatch.Any, Name = "Ada" }).Respond(201);
        using var textHandler = Handler();
        textHandler.When(HttpMethod.Post, "/pay").ForJsonBody("{\"id\": \"{{any}}\", \"name\": \"Ada\"}").Respond(201);

        (await StatusOf(objectHandler, body)).Should().Be(expected);
        (await StatusOf(textHandler, body)).Should().Be(expected);
    }

    [Test]
    public async Task ForJsonBody_ObjectPattern_IsSerializedCamelCase()
    {
        using var handler = Handler();
        handler.When(HttpMethod.Post, "/pay").ForJsonBody(new { OrderId = 7 }).Respond(201);

        (await StatusOf(handler, "{\"orderId\": 7}")).Should().Be(201);
        (await StatusOf(handler, "{\"OrderId\": 7}")).Should().Be(404);
    }

    [Test]
    public async Task ForJsonBody_JsonNodePattern_IsTakenAsItIs()
    {
        using var handler = Handler();
        handler.When(HttpMethod.Post, "/pay").ForJsonBody(new JsonObject { ["Exact_Name"] = new JsonArray(1, 2) }).Respond(201);

        (await StatusOf(handler, "{\"Exact_Name\": [1, 2]}")).Should().Be(201);
    }

    [Test]
    public void ForJsonBody_InvalidJsonText_ThrowsNamingTheParameterAndPosition()
    {
        using var handler = Handler();

        FluentActions.Invoking(() => handler.When("/pay").ForJsonBody("{\"amount\": 12.5,\n \"currency\": }"))
            .Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "json")
            .WithMessage("The JSON body pattern is not valid JSON: *at line 2, position 14.*");
    }

    [Test]
    public void ForPartialJsonBody_UnserializablePattern_ThrowsNamingThePattern()
    {
        using var handler = Handler();

        FluentActions.Invoking(() => handler.When("/pay").ForPartialJsonBody(typeof(string)))
            .Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "pattern")
            .WithMessage("The JSON body pattern, a RuntimeType, cannot be serialized to JSON*");
    }

    [Test]
    public async Task ForJsonBody_RequestWithoutContent_DoesNotMatch()
    {
        using var handler = Handler();
        handler.When(HttpMethod.Post, "/pay").ForJsonBody("null").Respond(201);
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/pay");
        using HttpResponseMessage response = await client.SendAsync(request);

        ((int)response.StatusCode).Should().Be(404);
    }

    [Test]
    public void ForJsonBody_RouteName_ShowsThePattern()
    {
        using var handler = Handler();

        FakeRoute route = handler.When(HttpMethod.Post, "/pay").ForPartialJsonBody(new { Amount = 1 }).Respond(201);

        route.Name.Should().Be("POST /pay [JSON body containing {\"amount\":1}]");
    }

    /// <summary>A handler whose unmatched requests answer 404, so a test reads a status instead of catching an exception.</summary>
    internal static FakeStatusHandler Handler() =>
        new(new FakeStatusOptions { UseUrlConventions = false, Unmatched = UnmatchedPolicy.Respond(404) });

    internal static async Task<int> StatusOf(FakeStatusHandler handler, string body, string mediaType = "application/json")
    {
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        using var content = new StringContent(body, Encoding.UTF8, mediaType);
        using HttpResponseMessage response = await client.PostAsync("/pay", content);
        return (int)response.StatusCode;
    }
}
