using System;
using System.Collections.Generic;
using System.Net.Http;

namespace FakeStatus;

/// <summary>
/// One request's record, by value: filled in as the request goes through the handler (captured, decided, answered), then
/// sealed and copied into the request log's ring. A struct, so a request allocates no record of its own: the log keeps
/// thousands of these in one array, which the garbage collector never copies, and a <see cref="RecordedRequest"/> is made
/// from one only when someone reads the log. Owned by one call until it is sealed, so it needs no synchronisation. It is
/// the log's type, which the handler fills: the log knows nothing of the handler.
/// </summary>
internal struct Exchange
{
    private static readonly KeyValuePair<string, IReadOnlyList<string>>[] NoHeaders = [];

    public Exchange(HttpRequestMessage request, DateTimeOffset arrivedAt)
    {
        Method = request.Method;
        Version = request.Version;
        Headers = NoHeaders;
        ContentHeaders = NoHeaders;
        ArrivedAt = arrivedAt;
        Outcome = RequestOutcome.Failed;
        Detail = string.Empty;
        RealismProblems = [];
    }

    public HttpMethod Method { get; private set; }

    public Uri? Uri { get; private set; }

    public Version Version { get; private set; }

    public IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Headers { get; private set; }

    public IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> ContentHeaders { get; private set; }

    /// <summary>The body as read (cut to the log's limit once sealed), or null when the request had no content.</summary>
    public byte[]? Body { get; set; }

    /// <summary>The length of the whole body; set when sealed.</summary>
    public long BodyLength { get; private set; }

    public DateTimeOffset ArrivedAt { get; }

    public DateTimeOffset CompletedAt { get; private set; }

    /// <summary>Set once the outcome is known; until then a failure is classified by the exception that ends the call.</summary>
    public RequestOutcome Outcome { get; private set; }

    public bool HasOutcome { get; private set; }

    public int? StatusCode { get; private set; }

    public FakeRoute? Route { get; set; }

    public long CallNumber { get; set; }

    public int? RandomSeed { get; set; }

    /// <summary>The route values, when a response built from the request already captured them; else computed on demand.</summary>
    public IReadOnlyDictionary<string, string>? RouteValues { get; set; }

    public string Detail { get; private set; }

    /// <summary>What the realism check found wrong with the response sent; empty when it found nothing or did not run.</summary>
    public IReadOnlyList<string> RealismProblems { get; set; }

    public void Complete(RequestOutcome outcome, int? statusCode, string? detail = null)
    {
        Outcome = outcome;
        StatusCode = statusCode;
        HasOutcome = true;
        if (detail is not null)
        {
            Detail = detail;
        }
    }

    /// <summary>
    /// Copies what a test reads from <paramref name="request"/> (method, URI, version, headers) as the handler lets go of it,
    /// and cuts a long body to <paramref name="maxBodyBytes"/>: the record then holds no reference to the request.
    /// </summary>
    public void Seal(HttpRequestMessage request, DateTimeOffset completedAt, int? maxBodyBytes)
    {
        Method = request.Method;
        Uri = request.RequestUri;
        Version = request.Version;
        Headers = RecordedRequest.Copy(request.Headers);
        ContentHeaders = request.Content is null ? NoHeaders : RecordedRequest.Copy(request.Content.Headers);
        BodyLength = Body?.Length ?? 0;
        if (Body is not null && maxBodyBytes is int max && Body.Length > max)
        {
            // The log may keep thousands of records: a long body is kept cut, never whole.
            Body = Body.AsSpan(0, max).ToArray();
        }

        CompletedAt = completedAt;
    }
}
