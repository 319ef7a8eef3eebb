using System.Globalization;
using CsCheck;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Reliability.Tests.Properties;

/// <summary>Random httpstat.us control headers: applied exactly, or a 400 whose detail names the bad value.</summary>
public sealed class HeaderPropertyTests
{
    public const int Cases = 25_000;

    [Test]
    public void Send_RandomControlHeaders_AreAppliedOrRejectedWithA400NamingThem()
    {
        var clock = new FakeTimeProvider();
        using var handler = new FakeStatusHandler(new FakeStatusOptions { TimeProvider = clock, RandomSeed = 11 });
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);

        PropertyRunner.Run(nameof(HeaderPropertyTests), Gen.Select(HeaderGen.Path, HeaderGen.Headers), Cases, input =>
        {
            (string path, (string Name, string Value)[] headers) = input;
            using var request = new HttpRequestMessage(HttpMethod.Get, "https://fake.test" + path);
            foreach ((string name, string value) in headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            // What the handler sees: one joined value per header name, as the request carries it.
            KeyValuePair<string, string>[] seen = request.Headers.NonValidated.Select(h => KeyValuePair.Create(h.Key, h.Value.ToString())).ToArray();
            string? bad = seen.Where(h => IsBad(h.Key, h.Value)).Select(h => h.Key).FirstOrDefault();

            Outcome outcome = Outcome.Of(invoker, clock, request);
            if (outcome.Error is not null)
            {
                throw new InvalidOperationException("Control headers must never raise: " + outcome.Error);
            }

            using HttpResponseMessage response = outcome.Response!;
            int status = (int)response.StatusCode;
            string body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            if (bad is not null)
            {
                status.Should().Be(400, "header {0} has an invalid value", bad);
                using JsonDocument json = JsonDocument.Parse(body);
                string detail = json.RootElement.GetProperty("detail").GetString()!;
                detail.Should().ContainEquivalentOf(bad, "the detail names the header");
                return;
            }

            status.Should().BeOneOf(Expected(path), "{0} with valid controls answers its own status", path);
            foreach (KeyValuePair<string, string> header in seen.Where(h => h.Key.StartsWith(HeaderGen.ResponsePrefix, StringComparison.OrdinalIgnoreCase)))
            {
                string name = header.Key.Substring(HeaderGen.ResponsePrefix.Length);
                ValueOf(response, name).Should().Be(header.Value, "X-HttpStatus-Response-{0} sets {0} on the response", name);
            }
        }, print: input => input.Item1 + " " + string.Join(" | ", input.Item2.Select(h => PropertyRunner.Shorten(h.Name + ": " + h.Value))));
    }

    private static bool IsBad(string name, string value)
    {
        if (name.Equals("X-HttpStatus-Sleep", StringComparison.OrdinalIgnoreCase))
        {
            return !int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int ms) || ms > 300_000;
        }

        return name.StartsWith(HeaderGen.ResponsePrefix, StringComparison.OrdinalIgnoreCase) && (value.Contains('\r', StringComparison.Ordinal) || value.Contains('\n', StringComparison.Ordinal));
    }

    private static int[] Expected(string path) => path switch
    {
        "/random/200,503" => [200, 503],
        _ => [int.Parse(path.AsSpan(path.Length - 3), CultureInfo.InvariantCulture)],
    };

    private static string? ValueOf(HttpResponseMessage response, string name)
    {
        if (response.Headers.NonValidated.TryGetValues(name, out HeaderStringValues values) ||
            response.Content.Headers.NonValidated.TryGetValues(name, out values))
        {
            return values.ToString();
        }

        return null;
    }
}
