using System.Text;
using System.Text.Json;
using CsCheck;
using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Reliability.Tests.Properties;

/// <summary>
/// JSON patterns and bodies with unpaired surrogates, deep nesting or broken syntax, and control headers with unpaired
/// surrogates: an ArgumentException at registration, a match or a miss, or the documented 400, and nothing else.
/// </summary>
public sealed class BadTextPropertyTests
{
    public const int JsonCases = 5_000;
    public const int HeaderCases = 8_000;

    [Test]
    public void ForJsonBody_RandomPatternsAndBodies_RegisterOrThrowArgumentExceptionAndThenMatchOrMiss()
    {
        Gen<(string Pattern, string Body, bool Partial, bool Same)> gen = Gen.Select(BadTextGen.Json, BadTextGen.Json, Gen.Bool, Gen.Int[0, 3], (p, b, partial, same) => (p, same == 0 ? p : b, partial, same == 0));
        int matched = 0;
        PropertyRunner.Run(nameof(ForJsonBody_RandomPatternsAndBodies_RegisterOrThrowArgumentExceptionAndThenMatchOrMiss), gen, JsonCases, input =>
        {
            using var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false, Unmatched = UnmatchedPolicy.Respond(404) });
            try
            {
                RouteBuilder route = handler.When(HttpMethod.Post, "/orders");
                (input.Partial ? route.ForPartialJsonBody(input.Pattern) : route.ForJsonBody(input.Pattern)).Respond(201);
            }
            catch (ArgumentException e)
            {
                e.ParamName.Should().Be("json");
                return;
            }

            using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
            using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.test/orders") { Content = new StringContent(input.Body, Encoding.UTF8, "application/json") };
            using HttpResponseMessage response = invoker.Send(request, CancellationToken.None);
            int status = (int)response.StatusCode;
            status.Should().BeOneOf(201, 404);
            if (input.Same && IsValidText(input.Pattern))
            {
                status.Should().Be(201, "a valid pattern matches a body of the same text");
            }

            matched += status == 201 ? 1 : 0;
        }, print: input => $"pattern {PropertyRunner.Shorten(input.Pattern)} body {PropertyRunner.Shorten(input.Body)} partial {input.Partial}");
        matched.Should().BeGreaterThan(JsonCases / 20, "the cases must exercise matches");
    }

    [Test]
    public void Send_ControlHeadersWithUnpairedSurrogates_AreAppliedOrAnswer400NamingTheHeader()
    {
        var clock = new FakeTimeProvider();
        using var handler = new FakeStatusHandler(new FakeStatusOptions { TimeProvider = clock, RandomSeed = 5, MaxRecordedRequests = 10 });
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        Gen<(string Path, string Name, string Value, string Accept)> gen = Gen.Select(
            HeaderGen.Path,
            Gen.OneOf("X-HttpStatus-Sleep", "X-HttpStatus-Response-X-Trace", "X-HttpStatus-Response-Retry-After", "x-httpstatus-response-Location"),
            BadTextGen.HeaderValue,
            HeaderGen.Accept);
        PropertyRunner.Run(nameof(Send_ControlHeadersWithUnpairedSurrogates_AreAppliedOrAnswer400NamingTheHeader), gen, HeaderCases, input =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "https://fake.test" + input.Path);
            request.Headers.TryAddWithoutValidation(input.Name, input.Value);
            request.Headers.TryAddWithoutValidation("Accept", input.Accept);

            Outcome outcome = Outcome.Of(invoker, clock, request);
            if (outcome.Error is not null)
            {
                throw new InvalidOperationException("Control headers must never raise: " + outcome.Error);
            }

            using HttpResponseMessage response = outcome.Response!;
            string body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            if (!IsValidText(input.Value))
            {
                ((int)response.StatusCode).Should().Be(400, "{0} holds an unpaired surrogate", input.Name);
                body.Should().Contain(input.Name).And.Contain("unpaired surrogate");
            }
        }, print: input => $"{input.Path} {input.Name}: {PropertyRunner.Shorten(Show(input.Value))} Accept: {input.Accept}");
    }

    private static bool IsValidText(string text)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetByteCount(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    private static string Show(string text) => string.Concat(text.Select(c => char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
