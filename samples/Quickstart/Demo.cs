using FakeStatus;

namespace Quickstart;

/// <summary>The quickstart: the canonical SMTP 530 response, and a service that handles it.</summary>
public static class Demo
{
    /// <summary>Runs the demo, writing to <paramref name="output"/> with the clock <paramref name="time"/>.</summary>
    public static async Task RunAsync(TextWriter output, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(output);
        // The first lines are Program.cs (the README's first snippet) with the clock passed in, so a test can pin the Date header.
        using var handler = new FakeStatusHandler(time);
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage response = await client.GetAsync("/smtp/530");
        string raw = await RawResponse.FormatAsync(response);
        await output.WriteLineAsync(raw.Replace("\r\n", "\n", StringComparison.Ordinal));
        await output.WriteLineAsync();

        // begin-snippet: quickstart-service
        using HttpClient relayHttp = handler.ToHttpClient(new Uri("https://fake.test"));
        var relay = new MailRelayClient(relayHttp);
        RelayResult result = await relay.SendAsync("/smtp/530", "Hello");
        // result.Outcome == RelayOutcome.AuthenticationRequired
        // end-snippet
        await output.WriteLineAsync($"MailRelayClient: {result.Outcome} ({result.ReasonPhrase})");
        await output.WriteLineAsync($"Requests recorded: {handler.Requests.Count}");
    }
}
