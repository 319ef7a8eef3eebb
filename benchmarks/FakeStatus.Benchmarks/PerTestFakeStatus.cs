using System.Net.Http;

namespace FakeStatus.Benchmarks;

/// <summary>
/// A FakeStatus handler replaced by a fresh one every <see cref="RequestsPerHandler"/> requests, as a suite builds one per
/// test. Recording stays on; without the swap, millions of benchmark requests would pile up in one handler's log (each
/// record keeps its request alive) and the run would measure the garbage collector walking gigabytes instead of the fake.
/// Not thread-safe: each single-threaded benchmark owns one.
/// </summary>
public sealed class PerTestFakeStatus(FakeStatusOptions options)
{
    public const int RequestsPerHandler = 1024;

    private FakeStatusHandler _handler = new(options);
    private HttpClient _client = null!;
    private int _sent = RequestsPerHandler;

    public FakeStatusHandler Handler => _handler;

    /// <summary>The client for the next request; swaps in a fresh handler when the current one has served its share.</summary>
    public HttpClient Next()
    {
        if (++_sent > RequestsPerHandler)
        {
            Dispose();
            _handler = new FakeStatusHandler(options);
            _client = _handler.ToHttpClient(Shared.BaseUri);
            _sent = 1;
        }

        return _client;
    }

    public void Dispose()
    {
        _client?.Dispose();
        _handler.Dispose();
    }
}
