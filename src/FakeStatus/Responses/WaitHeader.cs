using System;
using System.Globalization;
using System.Net.Http.Headers;

namespace FakeStatus;

/// <summary>
/// The headers that tell a client how long to wait before it tries again, and the one-second cap FakeStatus puts on the values
/// a status definition or an error style supplies: a client that honours them on the real clock (vendor SDKs cannot take a
/// <see cref="TimeProvider"/>) would otherwise wait minutes per retry. <see cref="FakeStatusOptions.RealisticRetryAfter"/>
/// sends them as given.
/// </summary>
internal static class WaitHeader
{
    /// <summary>The longest wait a default response asks for.</summary>
    public static readonly TimeSpan Cap = TimeSpan.FromSeconds(1);

    // Seconds since 1970 beyond this are dates (GitHub's x-ratelimit-reset), below it a number of seconds to wait.
    private const double FirstEpochSecond = 1_000_000_000;

    /// <summary>What kind of wait the header <paramref name="name"/> carries, if any.</summary>
    public static WaitKind KindOf(string name)
    {
        if (string.Equals(name, "Retry-After", StringComparison.OrdinalIgnoreCase))
        {
            return WaitKind.RetryAfter;
        }

        if (string.Equals(name, "retry-after-ms", StringComparison.OrdinalIgnoreCase) ||
            string.Equals(name, "x-ms-retry-after-ms", StringComparison.OrdinalIgnoreCase))
        {
            return WaitKind.Milliseconds;
        }

        return name.StartsWith("x-ratelimit-reset", StringComparison.OrdinalIgnoreCase) ? WaitKind.RateLimitReset : WaitKind.None;
    }

    /// <summary>
    /// <paramref name="value"/> with its wait cut to <see cref="Cap"/> from <paramref name="now"/>; a shorter wait, or a value
    /// that cannot be read as a wait, is returned unchanged.
    /// </summary>
    public static string Capped(WaitKind kind, string value, DateTimeOffset now) => kind switch
    {
        WaitKind.RetryAfter => CappedRetryAfter(value, now),
        WaitKind.Milliseconds => IsNumber(value, out double ms) && ms > Cap.TotalMilliseconds ? Whole(Cap.TotalMilliseconds) : value,
        WaitKind.RateLimitReset => CappedReset(value, now),
        _ => value,
    };

    /// <summary>
    /// Retry-After as HTTP clients read it (delay-seconds or an HTTP-date, <see cref="RetryConditionHeaderValue"/>); a value they
    /// cannot read (<c>1.5</c>, an ISO date) makes no client wait, so it is sent as written.
    /// </summary>
    private static string CappedRetryAfter(string value, DateTimeOffset now)
    {
        if (!RetryConditionHeaderValue.TryParse(value, out RetryConditionHeaderValue? retry))
        {
            return value;
        }

        if (retry.Delta is TimeSpan delay)
        {
            return delay > Cap ? Whole(Cap.TotalSeconds) : value;
        }

        DateTimeOffset latest = now + Cap;
        return retry.Date > latest ? latest.UtcDateTime.ToString("r", CultureInfo.InvariantCulture) : value;
    }

    /// <summary>x-ratelimit-reset carries a Unix time (GitHub), a number of seconds, or a duration such as <c>6m0s</c> (OpenAI).</summary>
    private static string CappedReset(string value, DateTimeOffset now)
    {
        if (IsNumber(value, out double number))
        {
            if (number < FirstEpochSecond)
            {
                return number > Cap.TotalSeconds ? Whole(Cap.TotalSeconds) : value;
            }

            long latest = (now + Cap).ToUnixTimeSeconds();
            return number > latest ? Whole(latest) : value;
        }

        return TryParseDuration(value, out TimeSpan wait) && wait > Cap ? Whole(Cap.TotalSeconds) + "s" : value;
    }

    /// <summary>Reads a Go-style duration (<c>1s</c>, <c>6m0s</c>, <c>20ms</c>, <c>1h2m3.5s</c>).</summary>
    private static bool TryParseDuration(string value, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        string text = value.Trim();
        int i = 0;
        while (i < text.Length)
        {
            if (!TryReadNumber(text, ref i, out double amount))
            {
                return false;
            }

            int unitStart = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            double? milliseconds = text.Substring(unitStart, i - unitStart) switch
            {
                "h" => amount * 3_600_000,
                "m" => amount * 60_000,
                "s" => amount * 1000,
                "ms" => amount,
                _ => null,
            };
            if (milliseconds is not double ms)
            {
                return false;
            }

            duration += TimeSpan.FromMilliseconds(ms);
        }

        return text.Length > 0;
    }

    /// <summary>Reads digits with at most one decimal point from <paramref name="position"/>; false when there are none.</summary>
    private static bool TryReadNumber(string text, ref int position, out double number)
    {
        number = 0;
        double scale = 0;
        int start = position;
        for (; position < text.Length; position++)
        {
            char ch = text[position];
            if (ch == '.' && scale == 0)
            {
                scale = 1;
            }
            else if (ch is >= '0' and <= '9')
            {
                if (scale == 0)
                {
                    number = (number * 10) + (ch - '0');
                }
                else
                {
                    scale /= 10;
                    number += (ch - '0') * scale;
                }
            }
            else
            {
                break;
            }
        }

        return position > start && !(position == start + 1 && scale != 0);
    }

    private static bool IsNumber(string value, out double number) =>
        double.TryParse(value.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);

    private static string Whole(double value) => ((long)value).ToString(CultureInfo.InvariantCulture);
}
