namespace FakeStatus;

/// <summary>One HAR entry: the request's body, and a recorded answer or the fault a request without a response ended in.</summary>
internal sealed class HarEntry(string method, string url, HarPostData postData, CassetteInteraction? answer, FakeFault? fault)
{
    public string Method { get; } = method;

    public string Url { get; } = url;

    public HarPostData PostData { get; } = postData;

    public CassetteInteraction? Answer { get; } = answer;

    public FakeFault? Fault { get; } = fault;
}
