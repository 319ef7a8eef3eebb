using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace FakeStatus.Reliability.Tests.Properties;

/// <summary>JSON body matching on random JSON: the spelling of a body never changes the outcome, only its value does.</summary>
public sealed class JsonBodyPropertyTests
{
    public const int Cases = 2_000;

    [Test]
    public void ForJsonBody_AnySpellingOfThePatternsValue_Matches()
    {
        PropertyRunner.Run(nameof(ForJsonBody_AnySpellingOfThePatternsValue_Matches), Gen.Select(JsonGen.Object, Gen.Int), Cases, input =>
        {
            (JsonObject value, int seed) = input;
            string pattern = value.ToJsonString();
            string body = JsonGen.Respell(value, seed);

            Answers(h => h.ForJsonBody(pattern), body).Should().BeTrue("exact pattern {0} matches body {1}", pattern, body);
            Answers(h => h.ForPartialJsonBody(pattern), body).Should().BeTrue("partial pattern {0} matches body {1}", pattern, body);
        }, print: input => input.Item1.ToJsonString() + " seed " + input.Item2);
    }

    [Test]
    public void ForJsonBody_KeyOrderAndWhitespace_NeverChangeTheOutcome()
    {
        // The body is the pattern's value, a pruned copy of it, or another value: matches and misses both occur.
        Gen<(JsonObject, JsonObject, int, int, bool)> gen = Gen.Select(JsonGen.Object, JsonGen.Object, Gen.Int, Gen.Int[0, 2], Gen.Bool);
        int matched = 0;
        PropertyRunner.Run(nameof(ForJsonBody_KeyOrderAndWhitespace_NeverChangeTheOutcome), gen, Cases, input =>
        {
            (JsonObject patternValue, JsonObject other, int seed, int kind, bool partial) = input;
            JsonNode bodyValue = kind switch { 0 => patternValue, 1 => JsonGen.Prune(patternValue, seed)!, _ => other };
            string pattern = JsonGen.Respell(patternValue, seed);
            Action<RouteBuilder> route = partial ? h => h.ForPartialJsonBody(pattern) : h => h.ForJsonBody(pattern);

            bool compact = Answers(route, bodyValue.ToJsonString());
            bool respelled = Answers(route, JsonGen.Respell(bodyValue, seed + 1));

            respelled.Should().Be(compact, "pattern {0} decides {1} the same way however it is spelled", pattern, bodyValue.ToJsonString());
            matched += compact ? 1 : 0;
        }, print: input => input.Item1.ToJsonString() + " vs " + input.Item2.ToJsonString() + " kind " + input.Item4);

        matched.Should().BeInRange(Cases / 5, Cases * 4 / 5, "the cases must exercise both matches and misses");
    }

    [Test]
    public void ForPartialJsonBody_PatternWithPropertiesRemoved_StillMatches()
    {
        PropertyRunner.Run(nameof(ForPartialJsonBody_PatternWithPropertiesRemoved_StillMatches), Gen.Select(JsonGen.Object, Gen.Int), Cases, input =>
        {
            (JsonObject value, int seed) = input;
            string pattern = JsonGen.Prune(value, seed)!.ToJsonString();
            string body = JsonGen.Respell(value, seed);

            Answers(h => h.ForPartialJsonBody(pattern), body).Should().BeTrue("partial pattern {0} is a subset of {1}", pattern, body);
        }, print: input => input.Item1.ToJsonString() + " seed " + input.Item2);
    }

    /// <summary>Whether a route registered with <paramref name="configure"/> answers a POST of <paramref name="body"/>.</summary>
    private static bool Answers(Action<RouteBuilder> configure, string body)
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false, Unmatched = UnmatchedPolicy.Respond(404) });
        RouteBuilder builder = handler.When(HttpMethod.Post, "/orders");
        configure(builder);
        builder.Respond(201);
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.test/orders") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        using HttpResponseMessage response = invoker.Send(request, CancellationToken.None);
        return response.StatusCode == HttpStatusCode.Created;
    }
}
