using System.Threading;

namespace FakeStatus;

/// <summary>A definition plus the response templates built from it, each made once on first use.</summary>
internal sealed class StatusEntry
{
    private ResponseTemplate? _template;
    private ResponseTemplate? _text;

    private ResponseTemplate? _substitute;

    public StatusEntry(StatusDefinition definition)
    {
        Definition = definition;
        // Delivery is emulated only where a primary source confirms it; an unverified claim (Esri 498/499) keeps the number.
        ReachesClientAsItself = definition.ClientReceives is ClientReceives.Status or ClientReceives.LoggedOnly || !definition.IsVerified;
    }

    /// <summary>
    /// Whether a real client receives this status as itself. Codes that are only logged (nginx 499, AWS 460) count as
    /// themselves: nothing reaches the client then, so the number is the most useful answer.
    /// </summary>
    public bool ReachesClientAsItself { get; }

    /// <summary>What the real system sends instead (nginx 494-497: a 400 with nginx's page), when it substitutes another status.</summary>
    public ResponseTemplate SubstituteTemplate => Volatile.Read(ref _substitute) ?? Publish(ref _substitute, ResponseTemplate.From(Definition.Substitute!));

    public StatusDefinition Definition { get; }

    /// <summary>The canonical response: the seed's JSON body and the definition's headers.</summary>
    public ResponseTemplate Template => Volatile.Read(ref _template) ?? Publish(ref _template, ResponseTemplate.Canonical(Definition));

    /// <summary>httpstat.us's plain-text variant, <c>{code} {reason phrase}</c>.</summary>
    public ResponseTemplate TextTemplate => Volatile.Read(ref _text) ?? Publish(ref _text, ResponseTemplate.Text(Definition));

    private static ResponseTemplate Publish(ref ResponseTemplate? slot, ResponseTemplate created) =>
        Interlocked.CompareExchange(ref slot, created, null) ?? created;
}
