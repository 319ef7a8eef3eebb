using System;
using System.Globalization;
using System.Threading;

namespace FakeStatus;

/// <summary>
/// The <c>Date</c> header's text (RFC 1123, <c>"r"</c>) for one handler's clock, formatted once per second of that clock:
/// every response within one second carries the same text, so the string is shared instead of made per response.
/// </summary>
internal sealed class DateText
{
    private Entry? _last;

    public string Of(DateTimeOffset now)
    {
        long second = now.UtcTicks / TimeSpan.TicksPerSecond;
        Entry? last = Volatile.Read(ref _last);
        if (last is not null && last.Second == second)
        {
            return last.Text;
        }

        // A clock that moves back (a fake one, set by a test) only costs one format, as every response did before.
        var entry = new Entry(second, now.UtcDateTime.ToString("r", CultureInfo.InvariantCulture));
        Volatile.Write(ref _last, entry);
        return entry.Text;
    }

    private sealed class Entry(long second, string text)
    {
        public long Second { get; } = second;

        public string Text { get; } = text;
    }
}
