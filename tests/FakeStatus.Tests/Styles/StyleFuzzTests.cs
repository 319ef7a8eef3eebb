using System.Text;
using System.Text.Json;

namespace FakeStatus.Tests.Styles;

/// <summary>
/// Generated style files, mutated from sound ones: loading one either succeeds or throws the documented
/// <see cref="ErrorStyleFormatException"/>, and a style that loads answers every request with no exception at all.
/// </summary>
public sealed class StyleFuzzTests
{
    private const int Cases = 2000;

    private static readonly string[] Bases =
    [
        """{"name": "acme", "contentType": "application/json", "body": "{\"e\": \"{{code}}\", \"n\": {{hint:number}}, \"p\": {{path:json}}}", "requestId": "{{uniqueId}}", "headers": {"X-Code": "{{code}}", "X-Echo": "{{header.x-echo}}"}, "fields": {"code": "E{{status}}", "hint": null}, "statuses": {"503": {"hint": "3"}, "409": {"body": "{\"id\": \"{{requestId}}\"}", "contentType": "application/problem+json"}, "202": {"code": "Q"}}, "codes": {"LOCKED": {"hint": "1"}}}""",
        """{"name": "xml", "contentType": "application/xml", "body": "<E><C>{{code}}</C><M>{{message}}</M><R>{{route.id}}</R></E>", "fields": {"code": "{{reasonPascal}}", "message": "{{reasonPhrase}} at {{date}}"}, "statuses": {"4xx": {"headers": {"X-A": "{{method}}"}}}}""",
        """{"name": "txt", "contentType": "text/plain", "body": "{{status}} {{reasonSnake}} {{header.client-request-id}}"}""",
    ];

    private static readonly string[] Fragments =
    [
        "\uD83D", "\\uD83D", "\\uDC00x", "{{", "}}", "{{code", "{{header.x}}", "{{header.}}", "{{route.id:number}}", "{{status:number}}", "{{message:number}}",
        "\r\n", "\\r\\n", "\u0000", "\\u0000", "<", "&", "\"", "\\", "{{date}}", "é", "💥", new string('a', 500), "application/json", "text/xml",
        "200", "204", "4xx", "1xx", "null", "", "{{uniqueId:json}}", "{{path:xml}}", "[", "]", "{", "}", ":", ",", "0", "-1", "1e999", "true",
        "\"headers\"", "\"body\"", "\"codes\"", "\"contentType\"", "\"Content-Type\"", "\"x y\"",
    ];

    [Test]
    public async Task Parse_MutatedStyles_LoadOrThrowErrorStyleFormatExceptionAndAnswerWithoutThrowing()
    {
        // One fixed stream, so every run checks the same cases.
#pragma warning disable CA5394 // A seeded generator on purpose: the cases are test data, not secrets.
        var random = new Random(20261207);
        int loaded = 0;
        var failures = new List<string>();
        for (int i = 0; i < Cases && failures.Count < 3; i++)
        {
            var edits = new (int Kind, int Fragment, double Where)[random.Next(1, 5)];
            for (int e = 0; e < edits.Length; e++)
            {
                edits[e] = (random.Next(4), random.Next(Fragments.Length), random.NextDouble());
            }

            string text = Mutate(random.Next(Bases.Length), edits);
            ErrorStyle style;
            try
            {
                style = ErrorStyle.Parse(text, "fuzz.json");
            }
            catch (ErrorStyleFormatException)
            {
                continue;
            }
            catch (Exception e)
            {
                failures.Add($"load: {e.GetType().Name}: {e.Message}\n{text}");
                continue;
            }

            loaded++;
            string? problem = await AnswerProblemAsync(style);
            if (problem is not null)
            {
                failures.Add($"answer: {problem}\n{text}");
            }
        }

#pragma warning restore CA5394
        failures.Should().BeEmpty();
        loaded.Should().BeGreaterThan(Cases / 20, "the mutations must leave some styles that load, so answering is exercised too");
    }

    private static string Mutate(int baseIndex, (int Kind, int Fragment, double Where)[] edits)
    {
        var text = new StringBuilder(Bases[baseIndex]);
        foreach ((int kind, int fragment, double where) in edits)
        {
            string piece = Fragments[fragment];
            int at = (int)(where * text.Length);
            switch (kind)
            {
                case 0:
                    text.Insert(at, piece);
                    break;
                case 1:
                    // JSON-escaped, so the text stays valid JSON more often and reaches the style's own checks.
                    string escaped = JsonSerializer.Serialize(piece);
                    text.Insert(at, escaped[1..^1]);
                    break;
                case 2:
                    text.Remove(at, Math.Min(1 + (fragment % 7), text.Length - at));
                    break;
                default:
                    int quote = text.ToString().IndexOf('"', at);
                    int end = quote < 0 ? -1 : text.ToString().IndexOf('"', quote + 1);
                    if (end > quote)
                    {
                        string value = JsonSerializer.Serialize(piece);
                        text.Remove(quote, end - quote + 1).Insert(quote, value);
                    }

                    break;
            }
        }

        return text.ToString();
    }

    private static async Task<string?> AnswerProblemAsync(ErrorStyle style)
    {
        try
        {
            using var handler = new FakeStatusHandler(new FakeStatusOptions { ErrorStyle = style });
            handler.When("/orders/{id}").Respond(request => request.RouteValues["id"] == "1" ? 409 : 503);
            handler.When("/routed/{id}").Respond(202, r => r.WithErrorStyle(style));
            using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
            foreach (string path in new[] { "/orders/1", "/orders/2", "/routed/3", "/404", "/599", "/200" })
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, path);
                request.Headers.TryAddWithoutValidation("x-echo", "a\"b<c>&\u00e9");
                request.Headers.TryAddWithoutValidation("client-request-id", "42");
                using HttpResponseMessage response = await client.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
            }

            return null;
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }
}
