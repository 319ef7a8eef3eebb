using System.Net;
using FakeStatus;
using FluentAssertions;
using NUnit.Framework;

namespace UnitTestSample;

/// <summary>Responses built from the request, repeated sequence steps and the realism check, as docs/responses.md shows them.</summary>
public sealed class ResponseRulesTests
{
    [Test]
    public async Task Respond_FromTheRequest_AnswersPerOrder()
    {
        // begin-snippet: responses-from-request
        using var handler = new FakeStatusHandler();
        handler.When(HttpMethod.Get, "/orders/{id}").Respond(
            request => request.RouteValues["id"] == "7" ? 404 : 200,
            (response, request) =>
            {
                response.WithHeader("X-Correlation-Id", request.GetHeader("X-Correlation-Id") ?? "none");
                if (response.StatusCode == 200)
                {
                    response.WithJsonBody(new { id = request.RouteValues["id"], status = "shipped" });
                }
            });
        using HttpClient client = handler.ToHttpClient(new Uri("https://shop.test"));
        client.DefaultRequestHeaders.Add("X-Correlation-Id", "run-42");

        using HttpResponseMessage shipped = await client.GetAsync("/orders/8");
        using HttpResponseMessage missing = await client.GetAsync("/orders/7");

        (await shipped.Content.ReadAsStringAsync()).Should().Be("{\"id\":\"8\",\"status\":\"shipped\"}");
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        missing.Headers.GetValues("X-Correlation-Id").Should().Equal("run-42");
        handler.Requests[1].RouteValues["id"].Should().Be("7");
        // end-snippet
    }

    [Test]
    public async Task Times_RepeatsAStep()
    {
        // begin-snippet: responses-times
        using var handler = new FakeStatusHandler();
        handler.When("/orders").RespondInSequence(s => s.Respond(503).Times(3).Respond(200));
        using HttpClient client = handler.ToHttpClient(new Uri("https://shop.test"));

        var codes = new List<int>();
        for (int i = 0; i < 5; i++)
        {
            using HttpResponseMessage response = await client.GetAsync("/orders");
            codes.Add((int)response.StatusCode);
        }

        codes.Should().Equal(503, 503, 503, 200, 200);
        // end-snippet
    }

    [Test]
    public async Task Realism_FlagsAResponseNoServerSends()
    {
        // begin-snippet: responses-realism
        using var handler = new FakeStatusHandler();   // Realism = RealismCheck.Warn by default
        handler.When("/login").Respond(401, r => r.WithoutHeader("WWW-Authenticate"));
        using HttpClient client = handler.ToHttpClient(new Uri("https://shop.test"));

        using HttpResponseMessage response = await client.GetAsync("/login");   // sent as asked...

        handler.Requests[0].RealismProblems.Should().ContainSingle()            // ...and flagged
            .Which.Should().StartWith("401 without WWW-Authenticate");
        FluentActions.Invoking(handler.VerifyAll).Should().Throw<FakeStatusVerificationException>()
            .WithMessage("*401 without WWW-Authenticate*");
        // end-snippet
    }
}
