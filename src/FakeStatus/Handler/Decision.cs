using System;

namespace FakeStatus;

/// <summary>
/// Which rule answers a request, chosen by <c>FakeStatusHandler.Decide</c> without changing any state: a route, a URL
/// convention (well-formed or not), the unmatched policy, or nothing.
/// </summary>
internal readonly struct Decision
{
    private Decision(DecisionKind kind, FakeRoute? route, ConventionMatch match, string? why)
    {
        Kind = kind;
        Route = route;
        Match = match;
        Why = why;
    }

    public DecisionKind Kind { get; }

    public FakeRoute? Route { get; }

    public ConventionMatch Match { get; }

    /// <summary>Why nothing matched, for <see cref="DecisionKind.Unmatched"/>.</summary>
    public string? Why { get; }

    public static Decision ForRoute(FakeRoute route) => new(DecisionKind.Route, route, default, null);

    public static Decision ForConvention(ConventionMatch match) => new(DecisionKind.Convention, null, match, null);

    public static Decision ForUnmatched(DecisionKind kind, string? why = null) => new(kind, null, default, why);
}

/// <summary>The kinds of <see cref="Decision"/>.</summary>
internal enum DecisionKind
{
    Route = 0,
    Convention = 1,
    UnmatchedResponse = 2,
    PassThrough = 3,
    Unmatched = 4,
}
