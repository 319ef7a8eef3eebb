using Refit;

namespace RefitSample;

/// <summary>The application's mail relay API, as a Refit interface.</summary>
public interface IMailApi
{
    /// <summary>Relays a message; the path names the relay's status, as FakeStatus's URL conventions read it.</summary>
    [Post("/smtp/530/messages")]
    Task SendAsync([Body] MailMessage message);

    /// <summary>Relays a message through a relay that accepts it.</summary>
    [Post("/202/messages")]
    Task SendAcceptedAsync([Body] MailMessage message);
}

/// <summary>The message body the API takes.</summary>
public sealed record MailMessage(string To, string Subject);
