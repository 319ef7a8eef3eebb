namespace FakeStatus;

/// <summary>One HAR entry: a recorded answer, or the fault a request without a response ended in.</summary>
internal sealed class HarEntry(string method, string url, CassetteInteraction? answer, FakeFault? fault)
{
    public string Method { get; } = method;

    public string Url { get; } = url;

    public CassetteInteraction? Answer { get; } = answer;

    public FakeFault? Fault { get; } = fault;
}
