using System.Globalization;

namespace FakeStatus;

/// <summary>
/// What messages say about a request that arrived outside every scope while scopes were open: almost always a test's request
/// that lost its async context on the way through a <c>TestServer</c>, whose fix is one line.
/// </summary>
internal static class ScopeHint
{
    /// <summary>Found in the detail of every request recorded with this hint, so verification can add the fix once.</summary>
    public const string Marker = "arrived outside every scope";

    public const string Fix =
        "Fix: preserve the test's async context through the TestServer: builder.UseTestServer(o => o.PreserveExecutionContext = true) " +
        "in your WebApplicationFactory's ConfigureWebHost (or factory.Server.PreserveExecutionContext = true before the first request).";

    /// <summary>The reason added to an unmatched request's explanation, e.g. <c>it arrived outside every scope while 6 scope(s) were open, 6 of them with a route that matches it...</c>.</summary>
    public static string Lost(int open, int matching) => string.Format(
        CultureInfo.InvariantCulture,
        "it {0} while {1} scope(s) were open{2}: the request lost the test's async context on the way, most likely in a TestServer without PreserveExecutionContext = true",
        Marker,
        open,
        matching > 0 ? string.Format(CultureInfo.InvariantCulture, ", {0} of them with a route that matches it", matching) : string.Empty);
}
