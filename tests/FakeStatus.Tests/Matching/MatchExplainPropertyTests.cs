using System.Globalization;
using System.Text;
using CsCheck;

namespace FakeStatus.Tests.Matching;

/// <summary>
/// The matcher and the near-miss explainer share their checks; this property holds them to it: on generated routes and
/// requests, a route answers a request exactly when its explanation marks every criterion as met.
/// </summary>
public sealed class MatchExplainPropertyTests
{
    private const int Cases = 3_000;

    private static readonly Gen<HttpMethod?> Method = Gen.OneOf("ANY", "ANY", "GET", "POST").Select(m => m == "ANY" ? null : new HttpMethod(m));

    private static readonly Gen<string?> Header = Gen.OneOf(string.Empty, "X-Tenant", "X-Api-Key").Select(h => h.Length == 0 ? null : h);

    private static readonly Gen<string> Template = Gen.OneOf(
        "/orders", "/orders/{id}", "/orders/*", "/*", "/{a}/{b}", "/api/orders/{id}/lines", "https://api.test/orders/{id}", "http://api.test:8080/orders", "/orders?page=2");

    private static readonly Gen<string> Path = Gen.OneOf(
        "/orders", "/orders/7", "/orders/7/lines", "/api/orders/7/lines", "/order", "/", "/orders/", "/orders?page=2", "/orders?page=3", "/orders/7?page=2");

    private static readonly Gen<string> Json = Gen.OneOf(
        "{\"amount\":12.5}", "{\"amount\":12.50,\"currency\":\"EUR\"}", "{\"amount\":\"12.5\"}", "[1,2]", "{}", "not json", "", "{\"amount\":{\"{{any}}\":1}}");

    private static readonly Gen<Case> Cases_ = Gen.Select(
        Gen.Select(Method, Template, Header),
        Gen.Select(Gen.Frequency((4, Gen.Const(0)), (1, Gen.Int[1, 4])), Json, Gen.Bool),
        Gen.Select(Gen.OneOf(HttpMethod.Get, HttpMethod.Post), Path, Gen.OneOf("https://api.test", "https://api.test", "http://api.test:8080", "https://other.test")),
        Gen.Select(Header, Json, Gen.OneOf("application/json", "application/x-www-form-urlencoded", "text/plain")),
        (route, body, request, content) => new Case(route.Item1, route.Item2, route.Item3, body.Item1, body.Item2, body.Item3, request.Item1, request.Item3 + request.Item2, content.Item1, content.Item2, content.Item3));

    [Test]
    public void Explain_GeneratedRoutesAndRequests_AgreesWithTheMatcher()
    {
        // One fixed stream, so every run checks the same cases.
        var pcg = new PCG(1, 20260225UL);
        int failures = 0, answered = 0;
        var first = new List<string>();
        for (int i = 0; i < Cases; i++)
        {
            Case c = Cases_.Generate(pcg, null!, out _);
            (bool matched, bool explainedAsMatch) = Check(c);
            answered += matched ? 1 : 0;
            if (matched != explainedAsMatch)
            {
                failures++;
                if (first.Count < 3)
                {
                    first.Add(c.ToString());
                }
            }
        }

        answered.Should().BeInRange(Cases / 20, Cases - (Cases / 20), "the cases must exercise both matches and near misses");
        failures.Should().Be(0, "the explainer must mark every criterion met exactly when the route answers; first cases:\n{0}", string.Join("\n", first));
    }

    private static (bool Matched, bool ExplainedAsMatch) Check(Case c)
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false, Unmatched = UnmatchedPolicy.Respond(404) });
        RouteBuilder builder = c.RouteMethod is null ? handler.When(c.Template) : handler.When(c.RouteMethod, c.Template);
        if (c.RouteHeader is not null)
        {
            builder.ForHeader(c.RouteHeader);
        }

        switch (c.BodyKind)
        {
            case 1:
                builder.ForJsonBody(c.Pattern.Length > 0 && c.Pattern[0] is '{' or '[' ? c.Pattern : "{}");
                break;
            case 2:
                builder.ForPartialJsonBody(c.Pattern.Length > 0 && c.Pattern[0] is '{' or '[' ? c.Pattern : "{}");
                break;
            case 3:
                builder.ForFormField("amount", c.FormValue ? "12.5" : null);
                break;
            case 4:
                builder.ForBody(b => b.Contains("12.5", StringComparison.Ordinal));
                break;
        }

        FakeRoute route = builder.Respond(200);
        bool matched;
        using (HttpRequestMessage request = c.Request())
        using (var invoker = new HttpMessageInvoker(handler, disposeHandler: false))
        using (HttpResponseMessage response = invoker.Send(request, CancellationToken.None))
        {
            matched = response.StatusCode == HttpStatusCode.OK;
        }

        using HttpRequestMessage again = c.Request();
        byte[]? body = again.Content?.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        bool explainedAsMatch = route.Explain(again, again.RequestUri!, RequestBody.Of(again, body)).All(r => r.Matched);
        return (matched, explainedAsMatch);
    }

    private sealed record Case(
        HttpMethod? RouteMethod, string Template, string? RouteHeader, int BodyKind, string Pattern, bool FormValue,
        HttpMethod Method, string Url, string? Header, string Body, string MediaType)
    {
        public HttpRequestMessage Request()
        {
            var request = new HttpRequestMessage(Method, Url);
            if (Header is not null)
            {
                request.Headers.TryAddWithoutValidation(Header, "t");
            }

            if (Method == HttpMethod.Post)
            {
                string body = MediaType == "application/x-www-form-urlencoded" ? "amount=" + (Body.Contains("12.5", StringComparison.Ordinal) ? "12.5" : "1") : Body;
                request.Content = new StringContent(body, Encoding.UTF8, MediaType);
            }

            return request;
        }

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"route {RouteMethod?.Method ?? "ANY"} {Template} header={RouteHeader} body#{BodyKind} {Pattern}; request {Method} {Url} header={Header} {MediaType} {Body}");
    }
}
