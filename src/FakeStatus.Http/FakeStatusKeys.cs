namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Service keys of the handlers <c>UseFakeStatus</c> registers.</summary>
internal static class FakeStatusKeys
{
    /// <summary>
    /// The key of the handler shared by every client, set up with <c>ConfigureHttpClientDefaults(b =&gt; b.UseFakeStatus())</c>.
    /// An object no client name can equal, so a client named, say, "*" or "" cannot collide with it.
    /// </summary>
    public static readonly object AllClients = new();
}
