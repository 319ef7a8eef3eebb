using System;
using System.Collections.Generic;
using System.Net.Http;

namespace FakeStatus;

/// <summary>
/// One request as the route criteria see it. A struct passed by reference, so checking a route allocates nothing; the
/// query is parsed once, on the first criterion that needs it, and shared by the routes tried after it.
/// </summary>
internal struct MatchInput(HttpRequestMessage request, Uri uri, RequestBody? body)
{
    public HttpRequestMessage Request { get; } = request;

    public Uri Uri { get; } = uri;

    /// <summary>The body, or <see langword="null"/> when the request had no content.</summary>
    public RequestBody? Body { get; } = body;

    public List<KeyValuePair<string, string>> Query => _query ??= QueryString.Parse(Uri.Query);

    private List<KeyValuePair<string, string>>? _query;
}
