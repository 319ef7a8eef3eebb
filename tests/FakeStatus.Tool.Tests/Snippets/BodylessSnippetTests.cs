namespace FakeStatus.Tool.Tests.Snippets;

/// <summary>Codes that must not carry a body (204, 304, 1xx): every framework's snippet sends none, in that framework's way.</summary>
[TestFixture]
public sealed class BodylessSnippetTests
{
    [TestCase("django", "HttpResponse(\n        status=204,\n    )")]
    [TestCase("flask", "return \"\", 204\n")]
    [TestCase("fastapi", "return Response(\n        status_code=204,\n    )")]
    [TestCase("express", "res.status(204).end();")]
    [TestCase("spring-boot", ".status(204)\n            .build();")]
    [TestCase("go", "\tw.WriteHeader(204)\n}")]
    [TestCase("rails", "    head 204\n")]
    [TestCase("aspnetcore", "Results.StatusCode(204)")]
    public async Task Snippet_204_SendsNoBody(string framework, string expected)
    {
        string code = await ToolRun.SnippetAsync("http", "204", framework);

        code.Should().Contain(expected);
        code.Should().NotContain("success", "a 204 has no JSON body to carry the error field");
        code.Should().NotContain("json", "no JSON helper is imported or used without a body").And.NotContain("Json");
    }

    [Test]
    public async Task Go_304WithoutBody_DoesNotImportEncodingJson()
    {
        string code = await ToolRun.SnippetAsync("http", "304", "go");

        code.Should().Contain("import \"net/http\"\n").And.NotContain("encoding/json", "Go refuses to compile an unused import");
    }

    [Test]
    public async Task Snippets_101WithUpgradeHeaders_SetEveryCatalogHeader()
    {
        string code = await ToolRun.SnippetAsync("http", "101", "express");

        code.Should().Contain("res.status(101).set('Upgrade', 'websocket').set('Connection', 'Upgrade').end();");
    }
}
