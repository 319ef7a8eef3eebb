using System.Globalization;
using System.Text;

namespace FakeStatus.Tool.Snippets;

/// <summary>Express: <c>res.status(n)</c>, one <c>.set(name, value)</c> per header, then <c>.json(...)</c> or <c>.end()</c>.</summary>
internal static class ExpressSnippet
{
    public static string Render(SnippetResponse response)
    {
        var chain = new StringBuilder("res.status(").Append(response.Code.ToString(CultureInfo.InvariantCulture)).Append(')');
        foreach (var header in response.Headers)
        {
            chain.Append(".set(").Append(Literal.JavaScript(header.Key)).Append(", ").Append(Literal.JavaScript(header.Value)).Append(')');
        }

        chain.Append(response.HasBody
            ? ".json({ error: " + Literal.JavaScript(response.Error!) + ", message: " + Literal.JavaScript(response.Message!) + " })"
            : ".end()");

        return "// Express\n" +
            "app.get('/endpoint', (req, res) => {\n" +
            "  " + chain + ";\n" +
            "});\n";
    }
}
