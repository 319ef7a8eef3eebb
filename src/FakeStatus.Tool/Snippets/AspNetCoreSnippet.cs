using System.Globalization;
using System.Text;

namespace FakeStatus.Tool.Snippets;

/// <summary>
/// ASP.NET Core minimal API: <c>Results.Json(..., statusCode: n)</c>, or <c>Results.StatusCode(n)</c> with no body; headers are
/// set through the <c>HttpContext</c> the lambda asks for.
/// </summary>
internal static class AspNetCoreSnippet
{
    public static string Render(SnippetResponse response)
    {
        string status = response.Code.ToString(CultureInfo.InvariantCulture);
        string result = response.HasBody
            ? "Results.Json(\n" +
              "        new { error = " + Literal.CSharp(response.Error!) + ", message = " + Literal.CSharp(response.Message!) + " },\n" +
              "        statusCode: " + status + ")"
            : "Results.StatusCode(" + status + ")";

        var code = new StringBuilder("// ASP.NET Core minimal API\n");
        if (response.Headers.Count == 0)
        {
            return code.Append("app.MapGet(\"/endpoint\", () =>\n    ").Append(result).Append(");\n").ToString();
        }

        code.Append("app.MapGet(\"/endpoint\", (HttpContext context) =>\n{\n");
        foreach (var header in response.Headers)
        {
            code.Append("    context.Response.Headers[").Append(Literal.CSharp(header.Key)).Append("] = ")
                .Append(Literal.CSharp(header.Value)).Append(";\n");
        }

        return code.Append("    return ").Append(result).Append(";\n});\n").ToString();
    }
}
