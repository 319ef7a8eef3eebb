using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace WebAppSample;

/// <summary>How the app registers its two outside services: typed clients, each with the standard resilience handler.</summary>
public static class CheckoutServices
{
    /// <summary>Retries of a payment after the first attempt.</summary>
    public const int PaymentRetries = 3;

    /// <summary>The wait between payment attempts.</summary>
    public static readonly TimeSpan PaymentRetryDelay = TimeSpan.FromSeconds(2);

    /// <summary>Registers <see cref="PaymentClient"/> and <see cref="MailRelayClient"/> from the <c>Payments</c> and <c>MailRelay</c> sections.</summary>
    public static IServiceCollection AddCheckoutClients(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddHttpClient<PaymentClient>(http =>
        {
            http.BaseAddress = new Uri(configuration["Payments:BaseAddress"]!);
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", configuration["Payments:ApiKey"]);
        })
        .AddStandardResilienceHandler(options =>
        {
            options.Retry.MaxRetryAttempts = PaymentRetries;
            options.Retry.BackoffType = DelayBackoffType.Constant;
            options.Retry.Delay = PaymentRetryDelay;
            options.Retry.UseJitter = false;
            // A shopper is waiting at the checkout: a Retry-After of minutes is longer than we keep them, so retry soon and
            // answer 502 if the provider is still down.
            options.Retry.ShouldRetryAfterHeader = false;
        });

        services.AddHttpClient<MailRelayClient>(http => http.BaseAddress = new Uri(configuration["MailRelay:BaseAddress"]!))
            .AddStandardResilienceHandler(options =>
            {
                // SMTP 530 (authentication required) is a 5xx the standard predicate retries, but no retry fixes a wrong
                // credential: send once and report.
                options.Retry.ShouldHandle = args => ValueTask.FromResult(
                    HttpClientResiliencePredicates.IsTransient(args.Outcome) && args.Outcome.Result?.StatusCode != (HttpStatusCode)530);
            });

        services.AddSingleton(new ReceiptOptions(configuration["MailRelay:From"]!));
        return services;
    }
}
