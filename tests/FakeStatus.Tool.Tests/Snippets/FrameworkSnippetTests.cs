using System.Text.RegularExpressions;

namespace FakeStatus.Tool.Tests.Snippets;

/// <summary>
/// Every framework's snippet for smtp 530, http 429 and http 418: well formed in its language, carrying the canonical body's
/// two fields (the seed's frameworks disagreed on <c>error</c>), the status as a number, and the catalog's headers.
/// </summary>
[TestFixture]
public sealed class FrameworkSnippetTests
{
    private static readonly Dictionary<string, string> Languages = new()
    {
        ["django"] = "python", ["flask"] = "python", ["fastapi"] = "python", ["express"] = "javascript",
        ["spring-boot"] = "java", ["go"] = "go", ["rails"] = "ruby", ["aspnetcore"] = "csharp",
    };

    [TestCaseSource(typeof(SnippetCase), nameof(SnippetCase.ForEveryFramework))]
    public async Task Snippet_EveryFramework_IsWellFormedAndCarriesExactlyTheCanonicalFields(SnippetCase c, string framework)
    {
        string code = await c.SnippetAsync(framework);

        IReadOnlyList<string> literals = SourceScanner.For(Languages[framework]).Literals(code);

        literals.Should().Contain(c.Error).And.Contain(c.Message);
        literals.Should().NotContain(["authentication_required", "too_many_requests", "im_a_teapot"], "the error field follows the class of the code");
        if (c.HasHeader)
        {
            literals.Should().Contain(c.HeaderName!).And.Contain(c.HeaderValue!);
        }
    }

    [TestCaseSource(typeof(SnippetCase), nameof(SnippetCase.Cases))]
    public async Task Django_AnyCode_JsonResponseWithNumericStatusAndHeaders(SnippetCase c)
    {
        string code = await c.SnippetAsync("django");

        code.Should().Contain("from django.http import JsonResponse");
        code.Should().Contain($"{{\"error\": \"{c.Error}\", \"message\": \"{c.Message}\"}},\n        status={c.Code},\n");
        CheckHeaderKwarg(code, c, "headers=");
    }

    [TestCaseSource(typeof(SnippetCase), nameof(SnippetCase.Cases))]
    public async Task Flask_AnyCode_ReturnsBodyStatusHeadersTuple(SnippetCase c)
    {
        string code = await c.SnippetAsync("flask");

        string headers = c.HasHeader ? $", {{\"{c.HeaderName}\": \"{c.HeaderValue}\"}}" : string.Empty;
        code.Should().Contain($"    return jsonify({{\"error\": \"{c.Error}\", \"message\": \"{c.Message}\"}}), {c.Code}{headers}\n");
        code.Should().Contain("from flask import Flask, jsonify");
    }

    [TestCaseSource(typeof(SnippetCase), nameof(SnippetCase.Cases))]
    public async Task FastApi_AnyCode_JsonResponseWithStatusCodeKeyword(SnippetCase c)
    {
        string code = await c.SnippetAsync("fastapi");

        code.Should().Contain("from fastapi.responses import JSONResponse");
        code.Should().Contain($"content={{\"error\": \"{c.Error}\", \"message\": \"{c.Message}\"}},\n        status_code={c.Code},\n");
        CheckHeaderKwarg(code, c, "headers=");
    }

    [TestCaseSource(typeof(SnippetCase), nameof(SnippetCase.Cases))]
    public async Task Express_AnyCode_StatusThenSetThenJsonWithEscapedQuotes(SnippetCase c)
    {
        string code = await c.SnippetAsync("express");

        string message = c.Message.Replace("'", "\\'", StringComparison.Ordinal);
        string set = c.HasHeader ? $".set('{c.HeaderName}', '{c.HeaderValue}')" : string.Empty;
        code.Should().Contain($"res.status({c.Code}){set}.json({{ error: '{c.Error}', message: '{message}' }});");
    }

    [TestCaseSource(typeof(SnippetCase), nameof(SnippetCase.Cases))]
    public async Task SpringBoot_AnyCode_ResponseEntityWithNumericStatus(SnippetCase c)
    {
        string code = await c.SnippetAsync("spring-boot");

        code.Should().Contain($".status({c.Code})\n");
        code.Should().NotContain("HttpStatus.", "the enum has no constant for 530; the number works for every code");
        code.Should().Contain($".body(Map.of(\"error\", \"{c.Error}\", \"message\", \"{c.Message}\"));");
        code.Should().Contain("import java.util.Map;").And.Contain("import org.springframework.http.ResponseEntity;");
        if (c.HasHeader)
        {
            code.IndexOf($".header(\"{c.HeaderName}\", \"{c.HeaderValue}\")", StringComparison.Ordinal)
                .Should().BeGreaterThan(0).And.BeLessThan(code.IndexOf(".body(", StringComparison.Ordinal));
        }
    }

    [TestCaseSource(typeof(SnippetCase), nameof(SnippetCase.Cases))]
    public async Task Go_AnyCode_HeadersBeforeWriteHeaderAndJsonImportUsed(SnippetCase c)
    {
        string code = await c.SnippetAsync("go");

        int writeHeader = code.IndexOf($"\tw.WriteHeader({c.Code})\n", StringComparison.Ordinal);
        writeHeader.Should().BePositive();
        Regex.Matches(code, @"w\.Header\(\)\.Set\(").Should().OnlyContain(m => m.Index < writeHeader, "net/http ignores headers set after WriteHeader");
        code.Should().Contain("\"encoding/json\"").And.Contain("json.NewEncoder(w).Encode(");
        code.Should().Contain($"\t\t\"error\":   \"{c.Error}\",\n\t\t\"message\": \"{c.Message}\",\n");
        if (c.HasHeader)
        {
            code.Should().Contain($"w.Header().Set(\"{c.HeaderName}\", \"{c.HeaderValue}\")");
        }
    }

    [TestCaseSource(typeof(SnippetCase), nameof(SnippetCase.Cases))]
    public async Task Rails_AnyCode_NumericStatusNotASymbol(SnippetCase c)
    {
        string code = await c.SnippetAsync("rails");

        code.Should().Contain($"status: {c.Code}\n");
        code.Should().NotContain("status: :", "Rack has no symbol for 530 (the seed's :authentication_required does not exist)");
        code.Should().Contain($"render json: {{ error: \"{c.Error}\", message: \"{c.Message}\" }},");
        if (c.HasHeader)
        {
            code.Should().Contain($"    response.headers[\"{c.HeaderName}\"] = \"{c.HeaderValue}\"\n");
        }
    }

    [TestCaseSource(typeof(SnippetCase), nameof(SnippetCase.Cases))]
    public async Task AspNetCore_AnyCode_ResultsJsonWithStatusCodeAndContextHeaders(SnippetCase c)
    {
        string code = await c.SnippetAsync("aspnetcore");

        code.Should().Contain($"Results.Json(\n        new {{ error = \"{c.Error}\", message = \"{c.Message}\" }},\n        statusCode: {c.Code})");
        if (c.HasHeader)
        {
            code.Should().Contain("(HttpContext context) =>");
            code.IndexOf($"context.Response.Headers[\"{c.HeaderName}\"] = \"{c.HeaderValue}\";", StringComparison.Ordinal)
                .Should().BeGreaterThan(0).And.BeLessThan(code.IndexOf("return Results.Json(", StringComparison.Ordinal));
        }
        else
        {
            code.Should().Contain("app.MapGet(\"/endpoint\", () =>");
        }
    }

    private static void CheckHeaderKwarg(string code, SnippetCase c, string keyword)
    {
        if (c.HasHeader)
        {
            code.Should().Contain($"{keyword}{{\"{c.HeaderName}\": \"{c.HeaderValue}\"}},");
        }
        else
        {
            code.Should().NotContain(keyword);
        }
    }
}
