using System.Collections.Generic;
using System.Text.Json.Nodes;
using Json.Schema;

namespace FakeStatus.OpenApi.Tests;

/// <summary>
/// A generated document with hundreds of operations, deep non-recursive and recursive schemas, patterns, formats, bounds and
/// enums: every generated body must be valid against its own schema (checked with a JSON Schema 2020-12 validator).
/// </summary>
public sealed class GeneratedBodyValidationTests
{
    private const int Depth = 12;

    private static readonly string[] Patterns =
    [
        "^/v1/accounts", "^[A-Z]{3}$", "^acct_[a-zA-Z0-9]{16}$", @"^\d{4}-\d{2}$", "^(foo|bar)+baz$", @"^[^@\s]+@example\.com$",
        "^#[0-9a-fA-F]{6}$", @"^ch_\w+$", "^(?:[a-z]+-)*[a-z]+$", "^v[0-9]+(\\.[0-9]+){2}$",
    ];

    private static readonly string[] Formats = ["date-time", "date", "time", "uuid", "email", "uri", "hostname", "ipv4", "ipv6", "uri-reference", "duration"];

    [Test]
    public async Task Send_EveryOperationOfALargeGeneratedDocument_AnswersItsOwnBodyValidAgainstItsSchema()
    {
        JsonObject schemas = Schemas();
        var paths = new JsonObject();
        string[] names = schemas.Select(s => s.Key).ToArray();
        const int operations = 150;
        for (int i = 0; i < operations; i++)
        {
            string name = names[i % names.Length];
            var schema = new JsonObject
            {
                ["type"] = "object",
                ["required"] = new JsonArray("op", "data"),
                ["properties"] = new JsonObject { ["op"] = new JsonObject { ["const"] = $"op{i}" }, ["data"] = Ref(name) },
            };
            paths[$"/ops/{i}/items"] = new JsonObject
            {
                ["get"] = new JsonObject
                {
                    ["operationId"] = $"op{i}",
                    ["responses"] = new JsonObject
                    {
                        ["200"] = new JsonObject { ["description"] = "ok", ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = schema } } },
                    },
                },
            };
        }

        var document = new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject { ["title"] = "generated", ["version"] = "1" },
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = schemas.DeepClone() },
        };
        using var handler = new FakeStatusHandler();
        OpenApiImport import = handler.ImportOpenApiText(document.ToJsonString(), "generated.json");
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        var invalid = new List<string>();
        var validators = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        for (int i = 0; i < operations; i++)
        {
            string body = await client.GetStringAsync(new Uri($"/ops/{i}/items", UriKind.Relative));
            JsonNode answer = JsonNode.Parse(body)!;
            answer["op"]!.GetValue<string>().Should().Be($"op{i}", "each operation answers its own body");
            string problems = Validate(validators, names[i % names.Length], schemas, answer["data"]!);
            if (problems.Length > 0)
            {
                invalid.Add($"op{i} ({names[i % names.Length]}): {problems}\n  {body}");
            }
        }

        invalid.Should().BeEmpty();
        Validate(validators, "Bounds", schemas, JsonNode.Parse("{\"count\": 11}")!).Should().NotBeEmpty("the validator itself rejects a body that breaks the schema");
        import.Notes.Should().BeEmpty("every pattern of the document gets a matching sample");
    }

    [Test]
    public async Task Send_DeepNonRecursiveSchema_EmitsEveryLevel()
    {
        string body = await SendAsync(Ref("Level0"));

        JsonNode? node = JsonNode.Parse(body);
        for (int level = 0; level < Depth; level++)
        {
            node!["name"]!.GetValue<string>().Should().Be("lvl-00", "the shortest string of the pattern, at level {0}", level);
            node = node["next"];
        }

        node.Should().BeNull("the last level has no next");
    }

    [TestCase("image/png", "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=")]
    [TestCase("image/gif", "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")]
    [TestCase("application/octet-stream", "AAECA/z9/v8=")]
    public async Task Send_BinaryFormat_AnswersBytesOfTheMediaType(string mediaType, string expectedBase64)
    {
        string document = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /file:\n    get:\n      responses:\n" +
                          $"        '200': {{description: ok, content: {{'{mediaType}': {{schema: {{type: string, format: binary}}}}}}}}\n";
        using var handler = new FakeStatusHandler();
        handler.ImportOpenApiText(document, "binary.yaml");
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        using HttpResponseMessage response = await client.GetAsync(new Uri("/file", UriKind.Relative));

        response.Content.Headers.ContentType!.MediaType.Should().Be(mediaType);
        Convert.ToBase64String(await response.Content.ReadAsByteArrayAsync()).Should().Be(expectedBase64);
    }

    [TestCase("^(?=x)y$", TestName = "ImportOpenApiText_PatternWithALookaheadNoSampleMatches_ListsAnUnsupportedNote")]
    public void ImportOpenApiText_PatternWithoutASample_ListsAnUnsupportedNote(string pattern)
    {
        string document = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      responses:\n" +
                          $"        '200': {{description: ok, content: {{application/json: {{schema: {{type: string, pattern: '{pattern}'}}}}}}}}\n";
        using var handler = new FakeStatusHandler();

        OpenApiImport import = handler.ImportOpenApiText(document, "pattern.yaml");

        import.Notes.Should().ContainSingle().Which.Should().Match<OpenApiImportNote>(n => n.IsUnsupported && n.Location == "#/paths/~1x/get/responses/200/content/application~1json/schema" && n.Message.Contains(pattern, StringComparison.Ordinal));
    }

    private static async Task<string> SendAsync(JsonObject schema)
    {
        var document = new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject { ["title"] = "one", ["version"] = "1" },
            ["paths"] = new JsonObject
            {
                ["/x"] = new JsonObject
                {
                    ["get"] = new JsonObject
                    {
                        ["responses"] = new JsonObject { ["200"] = new JsonObject { ["description"] = "ok", ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = schema } } } },
                    },
                },
            },
            ["components"] = new JsonObject { ["schemas"] = Schemas() },
        };
        using var handler = new FakeStatusHandler();
        handler.ImportOpenApiText(document.ToJsonString(), "one.json");
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        return await client.GetStringAsync(new Uri("/x", UriKind.Relative));
    }

    private static JsonObject Ref(string name) => new() { ["$ref"] = "#/components/schemas/" + name };

    private static JsonObject Schemas()
    {
        var schemas = new JsonObject();
        for (int level = 0; level < Depth; level++)
        {
            var properties = new JsonObject { ["name"] = new JsonObject { ["type"] = "string", ["pattern"] = "^lvl-[0-9]{2}$" } };
            var required = new JsonArray("name");
            if (level < Depth - 1)
            {
                properties["next"] = Ref($"Level{level + 1}");
                required.Add("next");
            }

            schemas[$"Level{level}"] = new JsonObject { ["type"] = "object", ["required"] = required, ["properties"] = properties };
        }

        schemas["Node"] = new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray("name", "children"),
            ["properties"] = new JsonObject
            {
                ["name"] = new JsonObject { ["type"] = "string", ["minLength"] = 3 },
                ["children"] = new JsonObject { ["type"] = "array", ["items"] = Ref("Node") },
                ["parent"] = Ref("Node"),
                ["owner"] = Ref("Owner"),
            },
        };
        schemas["Owner"] = new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray("id"),
            ["properties"] = new JsonObject { ["id"] = new JsonObject { ["type"] = "string", ["format"] = "uuid" }, ["nodes"] = new JsonObject { ["type"] = "array", ["items"] = Ref("Node") } },
        };

        var patterns = new JsonObject();
        for (int i = 0; i < Patterns.Length; i++)
        {
            patterns[$"p{i}"] = new JsonObject { ["type"] = "string", ["pattern"] = Patterns[i] };
        }

        schemas["Patterns"] = new JsonObject { ["type"] = "object", ["required"] = new JsonArray(patterns.Select(p => (JsonNode?)p.Key).ToArray()), ["properties"] = patterns };

        var formats = new JsonObject();
        foreach (string format in Formats)
        {
            formats[format] = new JsonObject { ["type"] = "string", ["format"] = format };
        }

        schemas["Formats"] = new JsonObject { ["type"] = "object", ["properties"] = formats };
        schemas["Bounds"] = new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray("count", "ratio", "debt", "code", "tags", "kind", "undescribed"),
            ["properties"] = new JsonObject
            {
                ["count"] = new JsonObject { ["type"] = "integer", ["minimum"] = 10, ["maximum"] = 20, ["multipleOf"] = 3 },
                ["ratio"] = new JsonObject { ["type"] = "number", ["exclusiveMinimum"] = 0, ["exclusiveMaximum"] = 1 },
                ["debt"] = new JsonObject { ["type"] = "integer", ["exclusiveMaximum"] = -5 },
                ["code"] = new JsonObject { ["type"] = "string", ["minLength"] = 12, ["maxLength"] = 12 },
                ["tags"] = new JsonObject { ["type"] = "array", ["minItems"] = 3, ["maxItems"] = 5, ["items"] = new JsonObject { ["type"] = "string", ["maxLength"] = 2 } },
                ["kind"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("b", "a") },
                ["nullable"] = new JsonObject { ["type"] = new JsonArray("null", "integer"), ["minimum"] = 3 },
            },
        };
        schemas["Composed"] = new JsonObject
        {
            ["allOf"] = new JsonArray(Ref("Owner"), new JsonObject { ["type"] = "object", ["required"] = new JsonArray("extra"), ["properties"] = new JsonObject { ["extra"] = new JsonObject { ["type"] = "boolean" } } }),
        };
        return schemas;
    }

    private static string Validate(Dictionary<string, JsonSchema> validators, string name, JsonObject schemas, JsonNode instance)
    {
        if (!validators.TryGetValue(name, out JsonSchema? json))
        {
            JsonObject root = Ref(name);
            root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
            root["$defs"] = schemas.DeepClone();
            json = JsonSchema.FromText(root.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal));
            validators.Add(name, json);
        }

        using JsonDocument parsed = JsonDocument.Parse(instance.ToJsonString());
        EvaluationResults results = json.Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return results.IsValid
            ? string.Empty
            : string.Join("; ", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Key}: {e.Value}")));
    }
}
