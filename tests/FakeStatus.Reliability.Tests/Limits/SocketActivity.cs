using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace FakeStatus.Reliability.Tests.Limits;

/// <summary>
/// Records every event of the runtime's socket and DNS event sources while it lives: a connect or a name lookup anywhere
/// in the process shows here (events are written on the calling thread, so one that happened before a check is seen by it).
/// </summary>
internal sealed class SocketActivity : EventListener
{
    private static readonly string[] Sources = ["System.Net.Sockets", "System.Net.NameResolution"];

    private readonly ConcurrentQueue<string> _events = new();

    public IReadOnlyCollection<string> Events => _events;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        // Called from the base constructor for sources that already exist, and later for new ones.
        if (Sources.Contains(eventSource.Name, StringComparer.Ordinal))
        {
            EnableEvents(eventSource, EventLevel.Verbose);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (Sources.Contains(eventData.EventSource.Name, StringComparer.Ordinal))
        {
            _events.Enqueue(eventData.EventSource.Name + "/" + eventData.EventName);
        }
    }
}
