using System.Threading;

namespace FakeStatus;

/// <summary>A definition plus the response templates built from it, each made once on first use.</summary>
internal sealed class StatusEntry
{
    private ResponseTemplate? _template;
    private ResponseTemplate? _text;

    private ResponseTemplate? _substitute;

    private FakeFault? _closed;

    public StatusEntry(StatusDefinition definition)
    {
        Definition = definition;
        AnswersAsItself = definition.AnswersAsItself;
    }

    /// <summary>Cached <see cref="StatusDefinition.AnswersAsItself"/>, read on every convention request.</summary>
    public bool AnswersAsItself { get; }

    /// <summary>What the real system sends instead (nginx 494-497: a 400 with nginx's page), when it substitutes another status.</summary>
    public ResponseTemplate SubstituteTemplate => Volatile.Read(ref _substitute) ?? Publish(ref _substitute, ResponseTemplate.Substitute(Definition));

    /// <summary>The fault that stands for this status when the real system sends no response (see <see cref="FaultFor"/>).</summary>
    public FakeFault DeliveryFault => Volatile.Read(ref _closed) ?? Publish(ref _closed, FaultFor(Definition));

    /// <summary>
    /// What the client meets instead of a response: nginx 444 closes the connection; nginx 499 and AWS ELB 460 are only
    /// logged after the client gave up, so the client sees its own timeout.
    /// </summary>
    public static FakeFault FaultFor(StatusDefinition definition) =>
        (definition.ClientReceives == ClientReceives.LoggedOnly ? FakeFault.Timeout() : FakeFault.ConnectionClosed()).StandingFor(definition);

    public StatusDefinition Definition { get; }

    /// <summary>The canonical response: the canonical JSON body and the definition's headers.</summary>
    public ResponseTemplate Template => Volatile.Read(ref _template) ?? Publish(ref _template, ResponseTemplate.Canonical(Definition));

    /// <summary>httpstat.us's plain-text variant, <c>{code} {reason phrase}</c>.</summary>
    public ResponseTemplate TextTemplate => Volatile.Read(ref _text) ?? Publish(ref _text, ResponseTemplate.Text(Definition));

    private static T Publish<T>(ref T? slot, T created)
        where T : class =>
        Interlocked.CompareExchange(ref slot, created, null) ?? created;
}
