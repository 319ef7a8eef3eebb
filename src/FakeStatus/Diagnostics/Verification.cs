using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace FakeStatus;

/// <summary>
/// The checks behind the <c>Verify...</c> methods of a handler or a scope, on its routes and its log: counted exactly (however
/// many requests the bounded log still keeps), with failure messages that list the requests received.
/// </summary>
internal sealed class Verification
{
    private const int ListedRequests = 20;
    private readonly RouteSet _routes;
    private readonly RequestLog _log;
    private readonly int _seed;

    public Verification(RouteSet routes, RequestLog log, int seed)
    {
        _routes = routes;
        _log = log;
        _seed = seed;
    }

    /// <summary>For a scope: the handler's requests that arrived outside every scope, which a scope's route may have been meant to answer.</summary>
    public Func<RecordedRequest[]>? RequestsOutsideScopes { get; init; }

    public void Called([ValidatedNotNull] FakeRoute route, int times)
    {
        CheckOwnRoute(route);
        if (times < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(times), times, "The expected number of calls must not be negative.");
        }

        long actual = route.CallCount;
        if (actual != times)
        {
            var text = new StringBuilder(string.Format(CultureInfo.InvariantCulture, "Expected route '{0}' to be called {1} time(s), but it was called {2} time(s).", route.Name, times, actual));
            if (actual < times)
            {
                // Fewer calls than expected: the requests that came closest to the route say why the others missed it.
                NearMiss.AppendNearestRequests(text, route, Others(route), string.Empty, NearMiss.Shown);
            }

            if (actual < times)
            {
                AppendLostRequests(text, route);
            }

            throw Failure(text.ToString());
        }
    }

    public void AllRoutesUsed()
    {
        var problems = new List<string>();
        AddIncomplete(problems);
        AddUnused(problems);
        ThrowIfAny(problems);
    }

    public void NoUnmatchedRequests()
    {
        var problems = new List<string>();
        AddUnmatched(problems);
        ThrowIfAny(problems);
    }

    public void All()
    {
        var problems = new List<string>();
        AddIncomplete(problems);
        AddUnused(problems);
        AddUnfinishedSequences(problems);
        AddUnmatched(problems);
        AddUnrealistic(problems);
        ThrowIfAny(problems);
    }

    private void CheckOwnRoute([ValidatedNotNull] FakeRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);

        if (!ReferenceEquals(route.Owner, _routes.Owner))
        {
            throw new ArgumentException($"Route '{route.Name}' was registered on another handler or scope; verify it on the one whose When(...) created it.", nameof(route));
        }
    }

    private void AddIncomplete(List<string> problems)
    {
        if (_routes.IncompleteProblem() is string problem)
        {
            problems.Add(problem);
        }
    }

    private void AddUnused(List<string> problems)
    {
        FakeRoute[] unused = _routes.Routes.Where(r => !r.IsOptional && r.CallCount == 0).ToArray();
        if (unused.Length > 0)
        {
            var text = new StringBuilder("Expected every route to be used, but these were never called:\n    " + string.Join("\n    ", unused.Select(r => r.ToString())));
            foreach (FakeRoute route in unused.Take(NearMiss.Shown))
            {
                NearMiss.AppendNearestRequests(text, route, Others(route), "    ", 1);
            }

            problems.Add(text.ToString());
        }
    }

    private void AddUnfinishedSequences(List<string> problems)
    {
        foreach (FakeRoute route in _routes.Routes)
        {
            if (route.Responder is Responder.Sequence sequence && route.CallCount > 0 && route.CallCount < sequence.Length)
            {
                problems.Add(string.Format(
                    CultureInfo.InvariantCulture,
                    "Route '{0}' was called {1} time(s) but its sequence has {2} steps; never used: {3}.",
                    route.Name,
                    route.CallCount,
                    sequence.Length,
                    sequence.DescribeFrom(route.CallCount)));
            }
        }
    }

    private void AddUnmatched(List<string> problems)
    {
        long count = _log.Unmatched;
        if (count == 0)
        {
            return;
        }

        RecordedRequest[] kept = _log.Snapshot().Where(r => r.IsUnmatched).ToArray();
        var text = new StringBuilder();
        text.Append(string.Format(CultureInfo.InvariantCulture, "Expected no unmatched requests, but {0} went unmatched:", count));
        foreach (RecordedRequest request in kept.Take(ListedRequests))
        {
            text.Append("\n    ").Append(request);
        }

        if (count > kept.Length)
        {
            text.Append(string.Format(CultureInfo.InvariantCulture, "\n    ({0} older unmatched request(s) are no longer in the log; see FakeStatusOptions.MaxRecordedRequests)", count - kept.Length));
        }

        if (kept.Any(r => r.Detail.Contains(ScopeHint.Marker, StringComparison.Ordinal)))
        {
            text.Append("\n    ").Append(ScopeHint.Fix);
        }

        foreach (RecordedRequest request in kept.Take(NearMiss.Shown))
        {
            using RequestReplica? replica = RequestReplica.Create(request);
            if (replica is not null && _routes.Routes.Count > 0)
            {
                text.Append("\n  Why ").Append(RequestSummary.Line(replica.Request)).Append(" matched no route:");
                RequestSummary.Append(text, replica.Request, replica.Body, "    ", replica.BodyLength);
                RouteExplanation? nearest = NearMiss.AppendNearestRoutes(text, _routes.Routes, replica.Request, replica.Body, "    ");
                text.Append("\n    ").Append(NearMiss.NextStep(replica.Request, nearest));
            }
        }

        problems.Add(text.ToString());
    }

    /// <summary>Every response the realism check flagged, each with its problems, so one run shows them all.</summary>
    private void AddUnrealistic(List<string> problems)
    {
        RecordedRequest[] flagged = _log.Snapshot().Where(r => r.RealismProblems.Count > 0).ToArray();
        if (flagged.Length == 0)
        {
            return;
        }

        var text = new StringBuilder();
        text.Append(string.Format(CultureInfo.InvariantCulture, "Expected responses a real server sends, but {0} were not:", flagged.Length));
        foreach (RecordedRequest request in flagged.Take(ListedRequests))
        {
            text.Append("\n    ").Append(request);
            foreach (string problem in request.RealismProblems)
            {
                text.Append("\n        - ").Append(problem);
            }
        }

        if (flagged.Length > ListedRequests)
        {
            text.Append(string.Format(CultureInfo.InvariantCulture, "\n    ({0} more)", flagged.Length - ListedRequests));
        }

        text.Append("\n    ").Append(RealismMessage.Remedy);
        problems.Add(text.ToString());
    }

    /// <summary>Says how many requests this scope's route matches arrived outside every scope, and the fix, when there are any.</summary>
    private void AppendLostRequests(StringBuilder text, FakeRoute route)
    {
        int lost = 0;
        foreach (RecordedRequest request in RequestsOutsideScopes?.Invoke() ?? [])
        {
            using RequestReplica? replica = RequestReplica.Create(request);
            if (replica is not null && RouteExplanation.Of(route, replica.Request, replica.Body).IsMatch)
            {
                lost++;
            }
        }

        if (lost > 0)
        {
            text.Append(string.Format(CultureInfo.InvariantCulture, "\n{0} request(s) that this route matches {1}, so no scope's routes could answer them. ", lost, ScopeHint.Marker))
                .Append(ScopeHint.Fix);
        }
    }

    /// <summary>The requests the log still keeps that <paramref name="route"/> did not answer.</summary>
    private RecordedRequest[] Others(FakeRoute route) => _log.Snapshot().Where(r => !ReferenceEquals(r.Route, route)).ToArray();

    private void ThrowIfAny(List<string> problems)
    {
        if (problems.Count == 1)
        {
            throw Failure(problems[0]);
        }

        if (problems.Count > 1)
        {
            throw Failure(problems.Count.ToString(CultureInfo.InvariantCulture) + " problems:\n" + string.Join("\n", problems.Select((p, i) => (i + 1).ToString(CultureInfo.InvariantCulture) + ". " + p)));
        }
    }

    private FakeStatusVerificationException Failure(string problem)
    {
        RecordedRequest[] requests = _log.Snapshot();
        long total = _log.Total;
        var text = new StringBuilder(problem);
        text.Append("\nRequests received (").Append(total).Append("):");
        foreach (RecordedRequest request in requests.Take(ListedRequests))
        {
            text.Append("\n  ").Append(request);
        }

        if (requests.Length > ListedRequests)
        {
            text.Append("\n  (").Append(requests.Length - ListedRequests).Append(" more)");
        }

        if (total > requests.Length)
        {
            text.Append("\n  (").Append(total - requests.Length).Append(" older request(s) are no longer in the log; see FakeStatusOptions.MaxRecordedRequests)");
        }

        if (requests.Any(r => r.RandomSeed is not null))
        {
            text.Append("\nRandom seed: ").Append(_seed).Append(" (set FakeStatusOptions.RandomSeed to replay).");
        }

        return new FakeStatusVerificationException(text.ToString());
    }
}
