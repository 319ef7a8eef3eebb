using System;
using System.Globalization;

namespace FakeStatus;

/// <summary>Reads the <c>grpc-timeout</c> header a client sends for its deadline: 1 to 8 digits and a unit (H, M, S, m, u, n).</summary>
internal static class GrpcTimeout
{
    public const string Header = "grpc-timeout";

    /// <exception cref="InvalidOperationException">The header is missing or malformed; the message says what was sent and what is valid.</exception>
    public static TimeSpan Parse(string? value)
    {
        if (value is null)
        {
            throw new InvalidOperationException(
                "The call has no deadline: the request carries no grpc-timeout header, so there is no deadline to exceed. " +
                "Give the call one (e.g. client.SayHelloAsync(request, deadline: DateTime.UtcNow.AddSeconds(30))).");
        }

        if (value.Length is < 2 or > 9 || !long.TryParse(value.AsSpan(0, value.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out long amount))
        {
            throw Malformed(value);
        }

        long ticks = value[^1] switch
        {
            'H' => amount * TimeSpan.TicksPerHour,
            'M' => amount * TimeSpan.TicksPerMinute,
            'S' => amount * TimeSpan.TicksPerSecond,
            'm' => amount * TimeSpan.TicksPerMillisecond,
            'u' => amount * 10,
            'n' => amount / 100,
            _ => throw Malformed(value),
        };
        return TimeSpan.FromTicks(ticks);
    }

    private static InvalidOperationException Malformed(string value) => new(
        $"grpc-timeout '{value}' is not a gRPC timeout: expected 1 to 8 digits and a unit H, M, S, m, u or n (e.g. 30S, 250m).");
}
