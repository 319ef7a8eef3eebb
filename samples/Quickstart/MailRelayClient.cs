namespace Quickstart;

/// <summary>A small service under test: relays a message through an HTTP mail API and makes sense of its answers.</summary>
public sealed class MailRelayClient(HttpClient http)
{
    /// <summary>Sends a message; maps 530 to "log in first" instead of letting it surface as a generic failure.</summary>
    public async Task<RelayResult> SendAsync(string path, string message, CancellationToken cancellationToken = default)
    {
        using var content = new StringContent(message);
        using HttpResponseMessage response = await http.PostAsync(path, content, cancellationToken);
        return (int)response.StatusCode switch
        {
            >= 200 and < 300 => new RelayResult(RelayOutcome.Sent, response.ReasonPhrase),
            530 => new RelayResult(RelayOutcome.AuthenticationRequired, response.ReasonPhrase),
            >= 500 => new RelayResult(RelayOutcome.RetryLater, response.ReasonPhrase),
            _ => new RelayResult(RelayOutcome.Rejected, response.ReasonPhrase),
        };
    }
}

/// <summary>What became of a relayed message.</summary>
public enum RelayOutcome
{
    /// <summary>The relay accepted the message.</summary>
    Sent,

    /// <summary>The relay wants the client to authenticate first (530).</summary>
    AuthenticationRequired,

    /// <summary>The relay failed for now; try again later.</summary>
    RetryLater,

    /// <summary>The relay refused the message.</summary>
    Rejected,
}

/// <summary>The outcome plus the relay's own words.</summary>
public sealed record RelayResult(RelayOutcome Outcome, string? ReasonPhrase);
