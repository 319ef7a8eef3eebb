using System.Globalization;
using System.Text;

namespace FakeStatus.Tool.Snippets;

/// <summary>
/// Spring Boot: <c>ResponseEntity.status(int)</c>, which takes any number (unlike the <c>HttpStatus</c> enum, which lacks 530),
/// with headers, then a <c>Map</c> body or <c>build()</c> for no body.
/// </summary>
internal static class SpringBootSnippet
{
    public static string Render(SnippetResponse response)
    {
        // Only what the snippet uses: an unused import is dead weight a reader has to puzzle over.
        var code = new StringBuilder();
        if (response.HasBody)
        {
            code.Append("import java.util.Map;\n\n").Append("import org.springframework.http.MediaType;\n");
        }

        code.Append("import org.springframework.http.ResponseEntity;\n")
            .Append("import org.springframework.web.bind.annotation.GetMapping;\n")
            .Append("import org.springframework.web.bind.annotation.RestController;\n\n")
            .Append("@RestController\n")
            .Append("public class MyController {\n\n")
            .Append("    @GetMapping(\"/endpoint\")\n")
            .Append("    public ResponseEntity<").Append(response.HasBody ? "Map<String, String>" : "Void").Append("> myEndpoint() {\n")
            .Append("        return ResponseEntity\n")
            .Append("            .status(").Append(response.Code.ToString(CultureInfo.InvariantCulture)).Append(")\n");
        foreach (var header in response.Headers)
        {
            code.Append("            .header(").Append(Literal.Java(header.Key)).Append(", ").Append(Literal.Java(header.Value)).Append(")\n");
        }

        if (response.HasBody)
        {
            code.Append("            .contentType(MediaType.APPLICATION_JSON)\n")
                .Append("            .body(Map.of(\"error\", ").Append(Literal.Java(response.Error!))
                .Append(", \"message\", ").Append(Literal.Java(response.Message!)).Append("));\n");
        }
        else
        {
            code.Append("            .build();\n");
        }

        return code.Append("    }\n}\n").ToString();
    }
}
