namespace FakeStatus.Http.Tests;

/// <summary>A typed client as a user writes one: takes the factory-made HttpClient in its constructor.</summary>
public sealed class MailClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public async Task<int> SendAsync(string path)
    {
        using HttpResponseMessage response = await Http.PostAsync(new Uri(path, UriKind.Relative), null);
        return (int)response.StatusCode;
    }
}

/// <summary>A delegating handler above FakeStatus, standing for the auth handler a real client has.</summary>
public sealed class AuthHeaderHandler : DelegatingHandler
{
    private int _calls;

    public int Calls => _calls;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        Interlocked.Increment(ref _calls);
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer test-token");
        return base.SendAsync(request, cancellationToken);
    }
}

public sealed class GenericClient<T>(HttpClient http)
{
    public HttpClient Http { get; } = http;
}
