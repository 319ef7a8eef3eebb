using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace FakeStatus;

/// <content>Verification: assertions on what the handler received, with readable failure messages.</content>
public sealed partial class FakeStatusHandler
{
    private const int ListedRequests = 20;

    /// <summary>Asserts <paramref name="route"/> (as returned by <c>Respond</c>) answered exactly <paramref name="times"/> requests.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="route"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="route"/> was registered on another handler.</exception>
    /// <exception cref="FakeStatusVerificationException">It answered another number; the message lists the requests received.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="times"/> is negative.</exception>
    public void VerifyCalled(FakeRoute route, int times)
    {
        if (route is null)
        {
            throw new ArgumentNullException(nameof(route));
        }

        if (times < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(times), times, "The expected number of calls must not be negative.");
        }

        long actual = route.CallCount;
        if (actual != times)
        {
            throw Failure(string.Format(CultureInfo.InvariantCulture, "Expected route '{0}' to be called {1} time(s), but it was called {2} time(s).", route.Name, times, actual));
        }
    }

    /// <summary>Asserts <paramref name="route"/> answered no request.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="route"/> is null.</exception>
    /// <exception cref="FakeStatusVerificationException">It answered some; the message lists the requests received.</exception>
    public void VerifyNotCalled(FakeRoute route) => VerifyCalled(route, 0);

    /// <summary>Asserts every route not marked <see cref="RouteBuilder.Optional"/> answered at least one request.</summary>
    /// <exception cref="FakeStatusVerificationException">Some did not; the message names them.</exception>
    public void VerifyAllRoutesUsed()
    {
        FakeRoute[] unused = Routes.Where(r => !r.IsOptional && r.CallCount == 0).ToArray();
        if (unused.Length > 0)
        {
            throw Failure("Expected every route to be used, but these were never called:\n  " + string.Join("\n  ", unused.Select(r => r.ToString())));
        }
    }

    /// <summary>Asserts no request went unmatched (got <see cref="UnmatchedRequestException"/>).</summary>
    /// <exception cref="FakeStatusVerificationException">Some did; the message lists them.</exception>
    public void VerifyNoUnmatchedRequests()
    {
        RecordedRequest[] unmatched = Requests.Where(r => r.IsUnmatched).ToArray();
        if (unmatched.Length > 0)
        {
            throw Failure(string.Format(CultureInfo.InvariantCulture, "Expected no unmatched requests, but {0} went unmatched:\n  {1}", unmatched.Length, string.Join("\n  ", unmatched.Select(r => r.ToString()))));
        }
    }

    private FakeStatusVerificationException Failure(string problem)
    {
        IReadOnlyList<RecordedRequest> requests = Requests;
        var text = new StringBuilder(problem);
        text.Append("\nRequests received (").Append(requests.Count).Append("):");
        foreach (RecordedRequest request in requests.Take(ListedRequests))
        {
            text.Append("\n  ").Append(request);
        }

        if (requests.Count > ListedRequests)
        {
            text.Append("\n  (").Append(requests.Count - ListedRequests).Append(" more)");
        }

        text.Append("\nRandom seed: ").Append(_seed).Append('.');
        return new FakeStatusVerificationException(text.ToString());
    }
}
