using System.Threading;

namespace FakeStatus;

/// <summary>A definition plus the response templates built from it, each made once on first use.</summary>
internal sealed class StatusEntry
{
    private ResponseTemplate? _template;
    private ResponseTemplate? _text;

    public StatusEntry(StatusDefinition definition) => Definition = definition;

    public StatusDefinition Definition { get; }

    /// <summary>The canonical response: the seed's JSON body and the definition's headers.</summary>
    public ResponseTemplate Template => Volatile.Read(ref _template) ?? Publish(ref _template, ResponseTemplate.Canonical(Definition));

    /// <summary>httpstat.us's plain-text variant, <c>{code} {reason phrase}</c>.</summary>
    public ResponseTemplate TextTemplate => Volatile.Read(ref _text) ?? Publish(ref _text, ResponseTemplate.Text(Definition));

    private static ResponseTemplate Publish(ref ResponseTemplate? slot, ResponseTemplate created) =>
        Interlocked.CompareExchange(ref slot, created, null) ?? created;
}
