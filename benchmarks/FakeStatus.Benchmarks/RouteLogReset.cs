namespace FakeStatus.Benchmarks;

/// <summary>
/// Empties a handler's request log every <see cref="PerTestFakeStatus.RequestsPerHandler"/> requests, for benchmarks whose
/// handler carries thousands of routes and so cannot be rebuilt per "test".
/// </summary>
public sealed class RouteLogReset(FakeStatusHandler handler)
{
    private int _sent;

    public void Tick()
    {
        if (++_sent >= PerTestFakeStatus.RequestsPerHandler)
        {
            handler.ClearRequests();
            _sent = 0;
        }
    }
}
