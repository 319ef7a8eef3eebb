using System;
using System.Collections.Generic;

namespace FakeStatus;

/// <content>
/// Coverage of catalog statuses: every response the handler sends is counted against the status it stands for, so a test
/// suite can ask which statuses of a set it never tried.
/// </content>
public sealed partial class FakeStatusHandler
{
    private const string DefaultCoverageSource = "catalog";

    private readonly AnswerCounter _answers = new();

    /// <summary>
    /// Reports which of <paramref name="statuses"/> (e.g. <see cref="StatusCases.HttpServerErrors"/>, <see cref="StatusCases.Cloudflare"/>)
    /// this handler has answered with since it was created, through routes and URL conventions alike. Each definition counts
    /// only its own meaning: <c>/pantheon/530</c> tries Pantheon's 530, not Cloudflare's.
    /// </summary>
    /// <remarks>
    /// The counts are exact whatever <see cref="FakeStatusOptions.MaxRecordedRequests"/> is, and <see cref="ClearRequests"/>
    /// keeps them. Requests from a <see cref="FakeStatusScope"/> count toward the handler that owns the scope, so a suite that
    /// shares one handler gets one report for all its tests. Not counted: the unmatched policy's response, pass-through
    /// requests, faults a route raises with <c>Throw</c>, and the <c>400</c> a malformed convention URL gets. A status the
    /// real server delivers otherwise (nginx 444 closing the connection, 494 arriving as a 400 page) counts as itself.
    /// </remarks>
    /// <param name="statuses">The statuses to report on, in the order the report lists them; repeats are listed once.</param>
    /// <param name="source">The set's name for the report, e.g. <c>HttpServerErrors</c>; <c>catalog</c> when null.</param>
    /// <returns>A snapshot report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statuses"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="statuses"/> is empty or holds a null.</exception>
    /// <example>
    /// <code>
    /// handler.Coverage(StatusCases.Cloudflare, "Cloudflare").VerifyAllTried();
    /// </code>
    /// </example>
    public StatusCoverage Coverage(IEnumerable<StatusDefinition> statuses, string? source = null)
    {
        CoverageCounts counts = _answers.Snapshot();
        return CoverageSet.FromDefinitions(statuses, source ?? DefaultCoverageSource, counts);
    }

    /// <summary>
    /// Reports which of the codes in <paramref name="statuses"/> this handler has answered with, each pair counting every
    /// meaning of its number (<c>("http", 530)</c> is tried by <c>/530</c> and by <c>/pantheon/530</c>). Counting works as in
    /// <see cref="Coverage(IEnumerable{StatusDefinition}, string?)"/>.
    /// </summary>
    /// <param name="statuses">The (protocol, code) pairs, e.g. <c>[("http", 502), ("http", 503), ("smtp", 421)]</c>.</param>
    /// <param name="source">The set's name for the report; <c>catalog</c> when null.</param>
    /// <returns>A snapshot report; each entry shows the reason phrase of the catalog's default meaning.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statuses"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="statuses"/> is empty, or names a protocol this handler's catalog lacks or a code outside 100-999.
    /// </exception>
    public StatusCoverage Coverage(IEnumerable<(string Protocol, int Code)> statuses, string? source = null)
    {
        CoverageCounts counts = _answers.Snapshot();
        return CoverageSet.FromCodes(statuses, source ?? DefaultCoverageSource, _catalog, counts);
    }

    /// <summary>Counts the status a response stands for, just before it is sent or its fault raised.</summary>
    private void CountAnswer(in Plan plan)
    {
        if (plan.Outcome == RequestOutcome.Answered && (plan.Template?.Status ?? plan.Fault?.Status) is StatusDefinition status)
        {
            _answers.Count(status);
        }
    }
}
