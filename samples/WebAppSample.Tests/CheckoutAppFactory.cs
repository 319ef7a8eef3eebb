using FakeStatus;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace WebAppSample.Tests;

/// <summary>The checkout app as the tests run it: every outgoing client answered by one FakeStatusHandler, time on a fake clock.</summary>
public sealed class CheckoutAppFactory : WebApplicationFactory<Program>
{
    /// <summary>
    /// The clock the app's resilience handlers and FakeStatus both read: a fake clock that <c>RunUntilCompleteAsync</c> moves to
    /// the next pending timer whenever the call is idle, so retries take no real time and no test sleeps.
    /// </summary>
    public DrivenTimeProvider Time { get; } = Driven();

    /// <summary>The handler that answers every client the app makes: the payment provider and the mail relay.</summary>
    public FakeStatusHandler Handler => Services.GetFakeStatusHandler();

    private static DrivenTimeProvider Driven()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 2, 25, 12, 0, 0, TimeSpan.Zero));
        return new DrivenTimeProvider(clock, clock.Advance);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Payments:BaseAddress", "https://payments.test/");
        builder.UseSetting("Payments:ApiKey", "test-key");
        builder.UseSetting("MailRelay:BaseAddress", "https://relay.test/");
        builder.UseSetting("MailRelay:From", "receipts@shop.test");
        // begin-snippet: aspnetcore-factory
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);                      // read by the resilience handlers and by FakeStatus
            services.ConfigureHttpClientDefaults(b => b.UseFakeStatus());   // every client the app makes, answered by one handler
        });
        // end-snippet
        builder.ConfigureLogging(logging => logging.ClearProviders());
        // begin-snippet: aspnetcore-preserve-context
        // The app handles each request in the test's async context: a test's scope (and its RunUntilCompleteAsync) reaches
        // the app's outgoing calls. Without it, parallel tests' routes and fake-time runs cannot see the app's requests.
        builder.UseTestServer(o => o.PreserveExecutionContext = true);
        // end-snippet
    }
}
