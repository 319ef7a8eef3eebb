using System.Net;
using FakeStatus;
using FluentAssertions;
using NUnit.Framework;

namespace UnitTestSample;

public sealed class BodyMatchingTests
{
    [Test]
    public async Task ChargeAsync_SendsTheAmountAsJson()
    {
        // begin-snippet: match-json-body
        using var handler = new FakeStatusHandler();
        FakeRoute charge = handler.When(HttpMethod.Post, "/payments").ForJsonBody(new { Amount = 12.5 }).Respond(201);
        var payments = new PaymentClient(handler.ToHttpClient(new Uri("https://pay.test/")));

        PaymentResult result = await payments.ChargeAsync(12.50m);   // sends {"amount": 12.50}, the same number

        result.Outcome.Should().Be(PaymentOutcome.Charged);
        handler.VerifyCalled(charge, times: 1);
        // end-snippet
    }

    [Test]
    public async Task ChargeAsync_OtherAmount_FailsNamingTheJsonPathThatDiffers()
    {
        using var handler = new FakeStatusHandler();
        handler.When(HttpMethod.Post, "/payments").ForJsonBody(new { Amount = 12.5 }).Respond(201);
        var payments = new PaymentClient(handler.ToHttpClient(new Uri("https://pay.test/")));

        // begin-snippet: match-unmatched-message
        Func<Task> charge = () => payments.ChargeAsync(13m);

        string message = (await charge.Should().ThrowAsync<UnmatchedRequestException>()).Which.Message;
        message.Should().StartWith("""
            FakeStatusHandler cannot answer POST https://pay.test/payments: no route matches it and its path fits no URL convention.
            Request:
              POST https://pay.test/payments
              Content-Type: application/json; charset=utf-8
              body: {"amount": 13}
            Nearest routes:
              'POST /payments [JSON body {"amount":12.5}]' (route #1, 201 Created)
                [ok] method POST
                [ok] path /payments
                [x] JSON body {"amount":12.5}: $.amount: expected 12.5, got 13
            """).And.EndWith("""
            Next step: register a route for POST /payments, or fix the request: the nearest route, 'POST /payments [JSON body {"amount":12.5}]', expects JSON body {"amount":12.5} ($.amount: expected 12.5, got 13).
            """);
        // end-snippet
    }

    [Test]
    public async Task JsonPatterns_MatchAsDocumented()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.Respond(404) });
        using HttpClient client = handler.ToHttpClient(new Uri("https://shop.test/"));

        // begin-snippet: match-json-patterns
        handler.When(HttpMethod.Post, "/payments").ForJsonBody(new { Amount = 12.5, Currency = "EUR" }).Respond(201);
        handler.When(HttpMethod.Post, "/orders").ForPartialJsonBody("""{"customer": {"id": 7}}""").Respond(201);
        handler.When(HttpMethod.Put, "/users/{id}").ForJsonBody(new { Id = JsonMatch.Any, Name = "Ada" }).Respond(204);
        handler.When(HttpMethod.Post, "/token").ForFormField("grant_type", "password").ForFormField("username").Respond(200);
        // end-snippet

        (await StatusOf(client, HttpMethod.Post, "payments", """{"currency": "EUR", "amount": 12.50}""")).Should().Be(201);
        (await StatusOf(client, HttpMethod.Post, "payments", """{"amount": 12.5}""")).Should().Be(404);
        (await StatusOf(client, HttpMethod.Post, "orders", """{"customer": {"id": 7, "tier": "gold"}, "lines": []}""")).Should().Be(201);
        (await StatusOf(client, HttpMethod.Put, "users/7", """{"id": "u-7", "name": "Ada"}""")).Should().Be(204);
        using var form = new FormUrlEncodedContent([new("grant_type", "password"), new("username", "ada")]);
        using HttpResponseMessage token = await client.PostAsync("token", form);
        token.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static async Task<int> StatusOf(HttpClient client, HttpMethod method, string path, string json)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        using HttpResponseMessage response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }
}
