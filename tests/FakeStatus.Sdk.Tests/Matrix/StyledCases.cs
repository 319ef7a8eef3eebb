using System.Globalization;

namespace FakeStatus.Sdk.Tests.Matrix;

/// <summary>The matrix rows of one SDK: each common status in a style, and one case a route sets itself; each observed once.</summary>
internal static class StyledCases
{
    /// <summary>A row per common status (<paramref name="style"/> named in the answer column) and the route's own case.</summary>
    public static IEnumerable<MatrixCase> Rows(string sdk, string style, Func<int, Task<Observation>> observe, string ownAnswer, Func<Task<Observation>> observeOwn)
    {
        foreach (int status in SdkStatuses.Common)
        {
            yield return new MatrixCase(sdk, $"`{style}` {status}", () => observe(status));
        }

        yield return new MatrixCase(sdk, ownAnswer, observeOwn);
    }

    /// <summary>What the SDK makes of <paramref name="status"/> from a handler whose every answer is in <paramref name="style"/>.</summary>
    public static Task<Observation> ByHandler(string sdk, ErrorStyle style, int status, Func<FakeStatusHandler, Task<Observation>> call) =>
        Observations.Of(sdk, status.ToString(CultureInfo.InvariantCulture), async () =>
        {
            using var handler = new FakeStatusHandler(new FakeStatusOptions { ErrorStyle = style });
            handler.When("/*").Respond(status);
            return await call(handler);
        });

    /// <summary>What the SDK makes of <paramref name="status"/> from a route that sets its style itself (<paramref name="configure"/>).</summary>
    public static Task<Observation> ByRoute(
        string sdk, string key, int status, Action<ResponseBuilder> configure, Func<FakeStatusHandler, Task<Observation>> call, HttpMethod? method = null, string template = "/*") =>
        Observations.Of(sdk, key, async () =>
        {
            using var handler = new FakeStatusHandler();
            (method is null ? handler.When(template) : handler.When(method, template)).Respond(status, configure);
            return await call(handler);
        });
}
