using System.Globalization;
using System.Text;

namespace FakeStatus.Tool.Snippets;

/// <summary>
/// Go net/http: headers set before <c>WriteHeader</c> (later ones are ignored), and <c>encoding/json</c> imported only when
/// there is a body, since Go rejects an unused import. Formatted as <c>gofmt</c> would: tabs, aligned map values.
/// </summary>
internal static class GoSnippet
{
    public static string Render(SnippetResponse response)
    {
        var code = new StringBuilder("package main\n\n");
        code.Append(response.HasBody
            ? "import (\n\t\"encoding/json\"\n\t\"net/http\"\n)\n\n"
            : "import \"net/http\"\n\n");
        code.Append("func myHandler(w http.ResponseWriter, r *http.Request) {\n");
        if (response.HasBody)
        {
            code.Append("\tw.Header().Set(\"Content-Type\", \"application/json\")\n");
        }

        foreach (var header in response.Headers)
        {
            code.Append("\tw.Header().Set(").Append(Literal.Go(header.Key)).Append(", ").Append(Literal.Go(header.Value)).Append(")\n");
        }

        code.Append("\tw.WriteHeader(").Append(response.Code.ToString(CultureInfo.InvariantCulture)).Append(")\n");
        if (response.HasBody)
        {
            code.Append("\tjson.NewEncoder(w).Encode(map[string]string{\n")
                .Append("\t\t\"error\":   ").Append(Literal.Go(response.Error!)).Append(",\n")
                .Append("\t\t\"message\": ").Append(Literal.Go(response.Message!)).Append(",\n")
                .Append("\t})\n");
        }

        return code.Append("}\n").ToString();
    }
}
