using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace ResilienceSample;

/// <summary>How the application registers its client: the same code runs in production and in the tests.</summary>
public static class OrderClientSetup
{
    /// <summary>Retries per call after the first attempt.</summary>
    public const int MaxRetryAttempts = 3;

    /// <summary>Registers <see cref="OrderClient"/> with the standard resilience handler (retry, circuit breaker, timeouts).</summary>
    public static IHttpClientBuilder AddOrderClient(this IServiceCollection services)
    {
        IHttpClientBuilder builder = services.AddHttpClient<OrderClient>(c => c.BaseAddress = new Uri("https://orders.test"));
        // begin-snippet: resilience-registration
        builder.AddStandardResilienceHandler(options =>
        {
            options.Retry.MaxRetryAttempts = MaxRetryAttempts;
            options.Retry.BackoffType = DelayBackoffType.Constant;
            options.Retry.Delay = TimeSpan.FromSeconds(2);
            options.Retry.UseJitter = false;
            // The retry honours Retry-After, and a whole call (every attempt and wait) gets 30 s by default: one realistic
            // Retry-After: 120 would end in TimeoutRejectedException. Three such waits fit in 30 minutes, with room to spare.
            options.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(30);
            options.AttemptTimeout.Timeout = TimeSpan.FromMinutes(1);
            options.CircuitBreaker.MinimumThroughput = 6;
            options.CircuitBreaker.FailureRatio = 0.5;
            // A window wider than any test drives its fake clock, so every failure counts towards opening the circuit.
            options.CircuitBreaker.SamplingDuration = TimeSpan.FromHours(1);
            options.CircuitBreaker.BreakDuration = TimeSpan.FromMinutes(30);
        });
        // end-snippet
        return builder;
    }
}
