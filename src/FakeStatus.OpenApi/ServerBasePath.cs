using System;
using System.Collections.Generic;
using Microsoft.OpenApi;

namespace FakeStatus.OpenApi;

/// <summary>The path prefix an OpenAPI document's first server URL puts before every operation path.</summary>
internal static class ServerBasePath
{
    public static string Validate(string value, string parameterName)
    {
        string trimmed = value.Trim();
        if (trimmed.Length == 0 || trimmed == "/")
        {
            return string.Empty;
        }

        if (trimmed[0] != '/' || trimmed.IndexOfAny(['?', '#', '{', '}']) >= 0)
        {
            throw new ArgumentException(
                $"Base path '{value}' must start with '/' and hold no '?', '#', '{{' or '}}', e.g. \"/v1\"; use \"\" for none.", parameterName);
        }

        return trimmed.TrimEnd('/');
    }

    /// <summary>The base path of <paramref name="servers"/>' first entry, its variables replaced by their defaults.</summary>
    public static string FromServers(IList<OpenApiServer>? servers)
    {
        if (servers is null || servers.Count == 0 || string.IsNullOrWhiteSpace(servers[0].Url))
        {
            return string.Empty;
        }

        OpenApiServer server = servers[0];
        string url = server.Url!;
        if (server.Variables is not null)
        {
            foreach (KeyValuePair<string, OpenApiServerVariable> variable in server.Variables)
            {
                url = url.Replace("{" + variable.Key + "}", variable.Value.Default ?? string.Empty, StringComparison.Ordinal);
            }
        }

        string path;
        int scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            int slash = url.IndexOf('/', scheme + 3);
            path = slash < 0 ? "/" : url.Substring(slash);
        }
        else
        {
            path = url.StartsWith('/') ? url : "/" + url;
        }

        int cut = path.IndexOfAny(['?', '#']);
        path = Uri.UnescapeDataString(cut < 0 ? path : path.Substring(0, cut));
        return path.TrimEnd('/');
    }
}
