using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Reliability.Tests.Properties;

/// <summary>
/// Mutated HAR, cassette and error-style files: read and replayed, or refused with the format's own exception naming the
/// file; a replayed file answers its requests or leaves them unmatched, never another exception.
/// </summary>
public sealed class FilePropertyTests
{
    public const int HarCases = 6_000;
    public const int CassetteCases = 6_000;
    public const int StyleCases = 6_000;

    [Test]
    public void Parse_MutatedHar_LoadsAndReplaysOrThrowsHarFormatExceptionNamingTheFile()
    {
        var clock = new FakeTimeProvider();
        int replayed = 0;
        PropertyRunner.Run(nameof(Parse_MutatedHar_LoadsAndReplaysOrThrowsHarFormatExceptionNamingTheFile), FileGen.Har, HarCases, json =>
        {
            using var handler = new FakeStatusHandler(new FakeStatusOptions { TimeProvider = clock, UseUrlConventions = false });
            try
            {
                HarArchive.Parse(json, "gen.har").ReplayInto(handler);
            }
            catch (HarFormatException e)
            {
                Outcome.AssertDocumented(e, "gen.har", typeof(HarFormatException));
                return;
            }

            replayed++;
            Send(handler, clock, HttpMethod.Get, "https://shop.test/cart", faults: true);
            Send(handler, clock, HttpMethod.Post, "https://shop.test/orders", faults: true);
        });
        TestContext.Out.WriteLine($"  of which {replayed:N0} replayed");
    }

    [Test]
    public void Parse_MutatedCassette_LoadsAndReplaysOrThrowsCassetteFormatExceptionNamingTheFile()
    {
        var clock = new FakeTimeProvider();
        int replayed = 0;
        PropertyRunner.Run(nameof(Parse_MutatedCassette_LoadsAndReplaysOrThrowsCassetteFormatExceptionNamingTheFile), FileGen.Cassette, CassetteCases, json =>
        {
            using var handler = new FakeStatusHandler(new FakeStatusOptions { TimeProvider = clock, UseUrlConventions = false });
            Cassette cassette;
            try
            {
                cassette = Cassette.Parse(json, "gen.json");
                cassette.ReplayInto(handler);
            }
            catch (CassetteFormatException e)
            {
                Outcome.AssertDocumented(e, "gen.json", typeof(CassetteFormatException));
                return;
            }

            replayed++;
            foreach (CassetteInteraction interaction in cassette.Interactions)
            {
                Send(handler, clock, new HttpMethod(interaction.Method), interaction.Url);
            }
        });
        TestContext.Out.WriteLine($"  of which {replayed:N0} replayed");
    }

    [Test]
    public void Parse_MutatedErrorStyle_LoadsAndAnswersOrThrowsErrorStyleFormatExceptionNamingTheFile()
    {
        var clock = new FakeTimeProvider();
        int answered = 0;
        PropertyRunner.Run(nameof(Parse_MutatedErrorStyle_LoadsAndAnswersOrThrowsErrorStyleFormatExceptionNamingTheFile), FileGen.Style, StyleCases, json =>
        {
            ErrorStyle style;
            try
            {
                style = ErrorStyle.Parse(json, "gen.json");
            }
            catch (ErrorStyleFormatException e)
            {
                Outcome.AssertDocumented(e, "gen.json", typeof(ErrorStyleFormatException));
                return;
            }

            using var handler = new FakeStatusHandler(new FakeStatusOptions { TimeProvider = clock, UseUrlConventions = false });
            foreach (int status in new[] { 503, 404, 500 })
            {
                handler.When("/" + status).Respond(status, r => r.WithErrorStyle(style));
                using HttpResponseMessage response = Send(handler, clock, HttpMethod.Get, "https://api.test/" + status)!;
                ((int)response.StatusCode).Should().Be(status);
            }

            answered++;
        });
        TestContext.Out.WriteLine($"  of which {answered:N0} loaded and answered");
    }

    /// <summary>
    /// Sends one request: a response (returned) or an UnmatchedRequestException naming it; with <paramref name="faults"/>, also
    /// the network faults a HAR records for a request that got no response (status 0 and an error text).
    /// </summary>
    private static HttpResponseMessage? Send(FakeStatusHandler handler, FakeTimeProvider clock, HttpMethod method, string url, bool faults = false)
    {
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        using var request = new HttpRequestMessage(method, url);
        Outcome outcome = Outcome.Of(invoker, clock, request);
        if (faults && outcome.Error is HttpRequestException or TaskCanceledException)
        {
            return null;
        }

        if (outcome.Error is not null)
        {
            Outcome.AssertDocumented(outcome.Error, $"{method} {request.RequestUri}", typeof(UnmatchedRequestException));
            return null;
        }

        _ = outcome.Response!.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        return outcome.Response;
    }
}
