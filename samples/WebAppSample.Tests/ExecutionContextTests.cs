using System.Net.Http.Json;
using FakeStatus;
using FluentAssertions;
using NUnit.Framework;

namespace WebAppSample.Tests;

/// <summary>
/// What isolating parallel tests against one app rests on: a value the test puts in an <see cref="AsyncLocal{T}"/> is still
/// there when the app's outgoing request reaches FakeStatus, through the TestServer, the endpoint, the typed client and its
/// resilience handler. The TestServer only carries it with <c>PreserveExecutionContext = true</c> (set by the factory).
/// </summary>
public sealed class ExecutionContextTests
{
    private static readonly AsyncLocal<string?> CurrentTest = new();

    [Test]
    public async Task Checkout_ValueInTheTestsAsyncContext_IsSeenByFakeStatusWhenTheAppCallsOut()
    {
        using var app = new CheckoutAppFactory();
        using HttpClient client = app.CreateClient();
        string? seen = "(not called)";
        FakeRoute charge = app.Handler.When(HttpMethod.Post, "https://payments.test/v1/charges")
            .ForRequest(_ =>
            {
                seen = CurrentTest.Value;
                return true;
            })
            .Respond(402);

        CurrentTest.Value = "checkout-test-1";
        using HttpResponseMessage response = await client.PostAsJsonAsync("/checkout", new CheckoutRequest("ada@example.test", 1m, "EUR"));

        app.Handler.VerifyCalled(charge, times: 1);
        seen.Should().Be("checkout-test-1");
    }
}
