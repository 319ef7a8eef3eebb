using System;
using System.Net.Http;

namespace FakeStatus;

/// <summary>
/// One request on its way through the handler: captured, decided, waited on, answered, and recorded once from what this
/// object holds when the handler lets go of it. Owned by one call, so it needs no synchronisation.
/// </summary>
internal sealed class Exchange(HttpRequestMessage request, DateTimeOffset arrivedAt)
{
    public HttpRequestMessage Request { get; } = request;

    public DateTimeOffset ArrivedAt { get; } = arrivedAt;

    public byte[]? Body { get; set; }

    /// <summary>The innermost scope the request flowed from, if any.</summary>
    public FakeStatusScope? Scope { get; init; }

    /// <summary>Set once the outcome is known; until then a failure is classified by the exception that ends the call.</summary>
    public RequestOutcome Outcome { get; set; } = RequestOutcome.Failed;

    public bool HasOutcome { get; private set; }

    public int? StatusCode { get; private set; }

    public FakeRoute? Route { get; set; }

    public long CallNumber { get; set; }

    public int? RandomSeed { get; set; }

    /// <summary>The route values, when a response built from the request already captured them; else computed on demand.</summary>
    public System.Collections.Generic.IReadOnlyDictionary<string, string>? RouteValues { get; set; }

    public string Detail { get; set; } = string.Empty;

    /// <summary>What the realism check found wrong with the response sent; empty when it found nothing or did not run.</summary>
    public System.Collections.Generic.IReadOnlyList<string> RealismProblems { get; set; } = [];

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
}
