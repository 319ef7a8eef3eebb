namespace FakeStatus.Reliability.Tests.Stress;

/// <summary>The kinds of request the stress run mixes, each with its own oracle.</summary>
internal enum StressKind
{
    /// <summary><c>/{code}</c>: must answer exactly that code.</summary>
    ConventionCode,

    /// <summary><c>/smtp/530</c>, <c>/ftp/421</c>, <c>/pantheon/530</c>, <c>/status/418</c>.</summary>
    ConventionNamed,

    /// <summary><c>/random/200,500-504</c>: a seeded draw from the handler's seed.</summary>
    ConventionRandom,

    /// <summary><c>Accept: text/plain</c> and <c>?suppressBody=true</c>.</summary>
    ConventionControls,

    /// <summary><c>?sleep=100</c> on the fake clock.</summary>
    ConventionSleep,

    /// <summary>An explicit literal route.</summary>
    Literal,

    /// <summary>An explicit <c>{id}</c> template route.</summary>
    Templated,

    /// <summary>A seeded random route that sometimes refuses the connection.</summary>
    Random,

    /// <summary>One of the sequence routes, which throw once exhausted.</summary>
    Sequence,

    /// <summary>A route that waits 250 ms on the fake clock.</summary>
    Delayed,

    /// <summary>A POST with a body matched by a body predicate.</summary>
    Post,

    /// <summary>A route that times out (a fault the scenario asks for).</summary>
    Timeout,

    /// <summary>A path nothing matches: UnmatchedRequestException.</summary>
    Unmatched,
}
