using System.Threading;

namespace FakeStatus;

/// <summary>A definition plus the response template built from it, made once on first use.</summary>
internal sealed class StatusEntry
{
    private ResponseTemplate? _template;

    public StatusEntry(StatusDefinition definition) => Definition = definition;

    public StatusDefinition Definition { get; }

    public ResponseTemplate Template
    {
        get
        {
            ResponseTemplate? template = Volatile.Read(ref _template);
            if (template is null)
            {
                var created = ResponseTemplate.Canonical(Definition);
                template = Interlocked.CompareExchange(ref _template, created, null) ?? created;
            }

            return template;
        }
    }
}
