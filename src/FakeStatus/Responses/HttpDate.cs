using System;
using System.Globalization;
using System.Threading;

namespace FakeStatus;

/// <summary>Formats the Date header (RFC 1123), reusing the string while the clock stays in the same second.</summary>
internal static class HttpDate
{
    private static Cached? _last;

    public static string Format(DateTimeOffset now)
    {
        long second = now.UtcTicks / TimeSpan.TicksPerSecond;
        Cached? last = Volatile.Read(ref _last);
        if (last is not null && last.Second == second)
        {
            return last.Text;
        }

        string text = now.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);
        Volatile.Write(ref _last, new Cached(second, text));
        return text;
    }

    private sealed class Cached(long second, string text)
    {
        public long Second { get; } = second;

        public string Text { get; } = text;
    }
}
