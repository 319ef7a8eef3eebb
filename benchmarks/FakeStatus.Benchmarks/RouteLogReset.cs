using System.Reflection;

namespace FakeStatus.Benchmarks;

/// <summary>
/// Empties a handler's request log every <see cref="PerTestFakeStatus.RequestsPerHandler"/> requests, for benchmarks whose
/// handler carries thousands of routes and so cannot be rebuilt per "test". PREVIEW: reaches the private log by reflection;
/// replace with an internal ClearRequests() on the handler.
/// </summary>
public sealed class RouteLogReset(FakeStatusHandler handler)
{
    private static readonly FieldInfo Log = typeof(FakeStatusHandler).GetField("_log", BindingFlags.NonPublic | BindingFlags.Instance)!;

    private int _sent;

    public void Tick()
    {
        if (++_sent >= PerTestFakeStatus.RequestsPerHandler)
        {
            Log.SetValue(handler, null);
            _sent = 0;
        }
    }
}
