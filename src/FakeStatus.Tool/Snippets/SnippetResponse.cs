using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace FakeStatus.Tool.Snippets;

/// <summary>
/// What a snippet must reproduce, read back from a response FakeStatus produced (never from a second copy of the rules):
/// the status number, the body's two fields (or no body at all) and the realistic headers.
/// </summary>
internal sealed class SnippetResponse
{
    // Headers every framework writes itself from the body and the clock; a snippet sets only the others.
    private static readonly string[] FrameworkHeaders = ["Date", "Content-Type", "Content-Length"];

    public SnippetResponse(int code, string? error, string? message, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        if ((error is null) != (message is null))
        {
            throw new ArgumentException("A body has both error and message, or neither.", nameof(error));
        }

        Code = code;
        Error = error;
        Message = message;
        Headers = headers;
    }

    public int Code { get; }

    /// <summary>The body's <c>error</c> field, or <see langword="null"/> when the response has no body.</summary>
    public string? Error { get; }

    /// <summary>The body's <c>message</c> field, or <see langword="null"/> when the response has no body.</summary>
    public string? Message { get; }

    public bool HasBody => Error is not null;

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    public static async Task<SnippetResponse> FromAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        byte[] body = response.Content is null ? [] : await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        string? error = null;
        string? message = null;
        if (body.Length > 0)
        {
            using JsonDocument json = JsonDocument.Parse(body);
            error = json.RootElement.GetProperty("error").GetString();
            message = json.RootElement.GetProperty("message").GetString();
        }

        IEnumerable<KeyValuePair<string, IEnumerable<string>>> all = response.Headers;
        if (response.Content is not null)
        {
            all = all.Concat(response.Content.Headers);
        }

        var headers = all
            .Where(h => !FrameworkHeaders.Contains(h.Key, StringComparer.OrdinalIgnoreCase))
            .Select(h => new KeyValuePair<string, string>(h.Key, string.Join(", ", h.Value)))
            .ToArray();
        return new SnippetResponse((int)response.StatusCode, error, message, headers);
    }
}
