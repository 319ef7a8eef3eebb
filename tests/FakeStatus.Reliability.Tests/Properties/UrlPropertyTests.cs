using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Reliability.Tests.Properties;

/// <summary>Random URLs against the URL conventions: a response with the right status, or an exception that names the URL.</summary>
public sealed class UrlPropertyTests
{
    public const int Cases = 40_000;

    private static readonly HashSet<string> ControlKeys = new(["sleep", "suppressbody", "variant"], StringComparer.OrdinalIgnoreCase);

    // The bare grammar users read: codes and low-high ranges, each with an optional :weight, separated by commas.
    private static readonly Regex CodeForm = new(
        @"\A[1-9][0-9]{2}(-[1-9][0-9]{2})?(:[0-9.]+)?\s*(,\s*[1-9][0-9]{2}(-[1-9][0-9]{2})?(:[0-9.]+)?\s*)*\z",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    [Test]
    public void Send_RandomUrls_AnswerTheRightStatusOrThrowNamingTheUrl()
    {
        var clock = new FakeTimeProvider();
        using var handler = new FakeStatusHandler(new FakeStatusOptions { TimeProvider = clock, RandomSeed = 7, MaxRecordedRequests = null, RealisticDelivery = false });
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        var names = new HashSet<string>(handler.Options.Catalog.Protocols.Concat(handler.Options.Catalog.Vendors).Append("status").Append("random"), StringComparer.OrdinalIgnoreCase);
        int notUris = 0;

        PropertyRunner.Run(nameof(UrlPropertyTests), UrlGen.PathAndQuery, Cases, pathAndQuery =>
        {
            if (!Uri.TryCreate("https://fake.test" + pathAndQuery, UriKind.Absolute, out Uri? uri))
            {
                notUris++;
                return;
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            Outcome outcome = Outcome.Of(invoker, clock, request);
            string[] segments = uri.AbsolutePath.TrimStart('/').Split('/');
            if (outcome.Error is not null)
            {
                Outcome.AssertDocumented(outcome.Error, $"GET {uri}", typeof(UnmatchedRequestException));
                if (FitsAConvention(segments, names))
                {
                    throw new InvalidOperationException($"'{segments[0]}' starts a URL convention, yet: {outcome.Error.Message}");
                }

                return;
            }

            using HttpResponseMessage response = outcome.Response!;
            int status = (int)response.StatusCode;
            status.Should().BeInRange(100, 999);
            FitsAConvention(segments, names).Should().BeTrue("a path starting '{0}' fits no convention, yet it got {1}", segments[0], status);
            int? expected = ExpectedStatus(segments, uri.Query, names);
            if (expected is not null)
            {
                status.Should().Be(expected.Value, "{0} asks for exactly that status", uri);
            }

            byte[] body = response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
            if (response.Content.Headers.ContentLength is long length)
            {
                body.Length.Should().Be((int)length);
            }
        }, print: PropertyRunner.Shorten);

        TestContext.Out.WriteLine($"  of which {notUris:N0} were not URIs to System.Uri, {handler.Requests.Count:N0} reached the handler");
        handler.Requests.Count.Should().Be(Cases - notUris, "every request that reached the handler is recorded once");
    }

    /// <summary>
    /// The rule users read: a first segment in the conventions' grammar (unescaped once, as a server does; a date, a version
    /// or a longer number is an ordinary path), or a known name followed by a segment that starts with a three-digit code.
    /// </summary>
    private static bool FitsAConvention(string[] segments, HashSet<string> names) =>
        CodeForm.IsMatch(segments[0].Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(segments[0]) : segments[0]) ||
        (names.Contains(segments[0]) && segments.Length > 1 && StartsWithCode(segments[1]));

    private static bool StartsWithCode(string segment) =>
        segment.Length >= 3 && segment[0] is >= '1' and <= '9' && char.IsAsciiDigit(segment[1]) && char.IsAsciiDigit(segment[2]);

    /// <summary>The status a path names outright: /{code}, /status/{code} or /{protocol}/{code} with no httpstat.us controls.</summary>
    private static int? ExpectedStatus(string[] segments, string query, HashSet<string> names)
    {
        if (query.Length > 1 && query.Substring(1).Split('&').Any(p => ControlKeys.Contains(Uri.UnescapeDataString(p.Split('=')[0].Replace('+', ' ')))))
        {
            return null;
        }

        if (IsCode(segments[0], out int code))
        {
            return code;
        }

        bool protocolOrStatus = names.Contains(segments[0]) && !segments[0].Equals("random", StringComparison.OrdinalIgnoreCase)
            && (segments[0].Equals("status", StringComparison.OrdinalIgnoreCase) || StatusCatalog.Default.Protocols.Contains(segments[0], StringComparer.OrdinalIgnoreCase));
        return protocolOrStatus && segments.Length > 1 && IsCode(segments[1], out code) ? code : null;
    }

    private static bool IsCode(string text, out int code) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out code) && text.Length == 3 && code is >= 100 and <= 999;
}
