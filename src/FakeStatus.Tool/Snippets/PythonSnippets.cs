using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace FakeStatus.Tool.Snippets;

/// <summary>
/// Django, Flask and FastAPI. Django's <c>JsonResponse</c> uses <c>json.dumps</c> defaults, whose separators give the canonical
/// bytes; Flask and FastAPI write compact JSON with the same two fields.
/// </summary>
internal static class PythonSnippets
{
    public static string Django(SnippetResponse response)
    {
        string status = response.Code.ToString(CultureInfo.InvariantCulture);
        string type = response.HasBody ? "JsonResponse" : "HttpResponse";
        var code = new StringBuilder()
            .Append("from django.http import ").Append(type).Append("\n\n\n")
            .Append("def my_view(request):\n")
            .Append("    return ").Append(type).Append("(\n");
        if (response.HasBody)
        {
            code.Append("        ").Append(Body(response)).Append(",\n");
        }

        code.Append("        status=").Append(status).Append(",\n");
        if (response.Headers.Count > 0)
        {
            // headers= exists since Django 3.2.
            code.Append("        headers=").Append(Headers(response.Headers)).Append(",\n");
        }

        return code.Append("    )\n").ToString();
    }

    public static string Flask(SnippetResponse response)
    {
        string status = response.Code.ToString(CultureInfo.InvariantCulture);
        var code = new StringBuilder()
            .Append(response.HasBody ? "from flask import Flask, jsonify\n\n" : "from flask import Flask\n\n")
            .Append("app = Flask(__name__)\n\n\n")
            .Append("@app.route(\"/endpoint\")\n")
            .Append("def my_endpoint():\n")
            .Append("    return ")
            .Append(response.HasBody ? "jsonify(" + Body(response) + ")" : "\"\"")
            .Append(", ").Append(status);
        if (response.Headers.Count > 0)
        {
            code.Append(", ").Append(Headers(response.Headers));
        }

        return code.Append('\n').ToString();
    }

    public static string FastApi(SnippetResponse response)
    {
        string status = response.Code.ToString(CultureInfo.InvariantCulture);
        var code = new StringBuilder();
        if (response.HasBody)
        {
            code.Append("from fastapi import FastAPI\nfrom fastapi.responses import JSONResponse\n\n");
        }
        else
        {
            code.Append("from fastapi import FastAPI, Response\n\n");
        }

        code.Append("app = FastAPI()\n\n\n")
            .Append("@app.get(\"/endpoint\")\n")
            .Append("def my_endpoint():\n")
            .Append("    return ").Append(response.HasBody ? "JSONResponse" : "Response").Append("(\n");
        if (response.HasBody)
        {
            code.Append("        content=").Append(Body(response)).Append(",\n");
        }

        code.Append("        status_code=").Append(status).Append(",\n");
        if (response.Headers.Count > 0)
        {
            code.Append("        headers=").Append(Headers(response.Headers)).Append(",\n");
        }

        return code.Append("    )\n").ToString();
    }

    private static string Body(SnippetResponse response) =>
        "{\"error\": " + Literal.Python(response.Error!) + ", \"message\": " + Literal.Python(response.Message!) + "}";

    private static string Headers(IReadOnlyList<KeyValuePair<string, string>> headers) =>
        "{" + string.Join(", ", headers.Select(h => Literal.Python(h.Key) + ": " + Literal.Python(h.Value))) + "}";
}
