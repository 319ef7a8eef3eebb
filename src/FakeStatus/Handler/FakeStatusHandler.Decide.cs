using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Threading;

namespace FakeStatus;

/// <content>
/// Choosing and applying the rule: <see cref="Decide"/> picks routes first (the most recently registered match wins), then the
/// URL conventions, then the unmatched policy, and changes nothing; <see cref="Apply"/> then takes the route's next call or the
/// convention's draw and turns the rule into a <see cref="Plan"/>.
/// </content>
public sealed partial class FakeStatusHandler
{
    private Decision Decide(HttpRequestMessage request, byte[]? body, FakeStatusScope? scope)
    {
        Uri? uri = request.RequestUri;
        if (uri is null || !uri.IsAbsoluteUri)
        {
            return Decision.ForUnmatched(DecisionKind.Unmatched, "it has no absolute URI (give the HttpClient a BaseAddress such as https://fake.test)");
        }

        ThrowIfRoutesIncomplete(request, uri, scope);

        RequestBody? text = null;
        for (FakeStatusScope? s = scope; s is not null; s = s.Parent)
        {
            if (s.IsDisposed)
            {
                return Decision.ForUnmatched(DecisionKind.Unmatched, $"it came from scope #{s.Number.ToString(CultureInfo.InvariantCulture)}, which was disposed: work that outlived its test, whose routes are gone");
            }

            if (Match(s.RouteSet.Table, request, uri, body, ref text) is FakeRoute scoped)
            {
                return Decision.ForRoute(scoped);
            }
        }

        RouteTable table = _routes.Table;
        if (Match(table, request, uri, body, ref text) is FakeRoute route)
        {
            return Decision.ForRoute(route);
        }

        if (Options.UseUrlConventions)
        {
            ConventionMatch match = UrlConventions.Match(uri, _catalog);
            if (match.Outcome != ConventionOutcome.NoMatch)
            {
                return Decision.ForConvention(match);
            }
        }

        if (_unmatchedTemplate is not null)
        {
            return Decision.ForUnmatched(DecisionKind.UnmatchedResponse);
        }

        if (_passThrough is not null)
        {
            return Decision.ForUnmatched(DecisionKind.PassThrough);
        }

        string why = table.IsEmpty
            ? (Options.UseUrlConventions ? "its path fits no URL convention and no route is registered" : "no route is registered and the URL conventions are switched off")
            : (Options.UseUrlConventions ? "no route matches it and its path fits no URL convention" : "no route matches it and the URL conventions are switched off");
        return Decision.ForUnmatched(DecisionKind.Unmatched, scope is null && OpenScopes > 0 ? why + "; " + LostScopeNote(request, uri, body, ref text) : why);
    }

    /// <summary>For a request from no scope while scopes are open: how many open scopes have a route that would have answered it.</summary>
    private string LostScopeNote(HttpRequestMessage request, Uri uri, byte[]? body, ref RequestBody? text)
    {
        int open = 0, matching = 0;
        foreach (FakeStatusScope candidate in _openScopes.Keys)
        {
            open++;
            if (!candidate.IsDisposed && Match(candidate.RouteSet.Table, request, uri, body, ref text) is not null)
            {
                matching++;
            }
        }

        return ScopeHint.Lost(open, matching);
    }

    private static FakeRoute? Match(RouteTable table, HttpRequestMessage request, Uri uri, byte[]? body, ref RequestBody? text)
    {
        if (table.IsEmpty)
        {
            return null;
        }

        // Created once per request, and only when a route reads bodies, so its decoded views are shared by every route.
        if (text is null && body is not null && table.NeedsBody)
        {
            text = RequestBody.Of(request, body);
        }

        return table.Match(request, uri, text);
    }

    /// <summary>
    /// Fails the request when a route started and never finished would have matched it: it would otherwise go elsewhere
    /// silently. Requests the unfinished route could not answer are not its business and go on as usual.
    /// </summary>
    private void ThrowIfRoutesIncomplete(HttpRequestMessage request, Uri uri, FakeStatusScope? scope)
    {
        for (FakeStatusScope? s = scope; s is not null; s = s.Parent)
        {
            if (s.RouteSet.IncompleteProblemFor(request, uri) is string scoped)
            {
                throw new InvalidOperationException(scoped);
            }
        }

        if (_routes.IncompleteProblemFor(request, uri) is string problem)
        {
            throw new InvalidOperationException(problem);
        }
    }

    private Plan Apply(in Decision decision, HttpRequestMessage request, ref Exchange exchange, FakeStatusScope? scope)
    {
        switch (decision.Kind)
        {
            case DecisionKind.Route:
                return FromRoute(decision.Route!, request, ref exchange);
            case DecisionKind.Convention:
                return FromConvention(request, ref exchange, decision.Match);
            case DecisionKind.UnmatchedResponse:
                return new Plan(_unmatchedTemplate, null, TimeSpan.Zero, "unmatched: " + Options.Unmatched.Description) { Outcome = RequestOutcome.Unmatched };
            case DecisionKind.PassThrough:
                return new Plan(null, null, TimeSpan.Zero, "unmatched: " + Options.Unmatched.Description) { PassThrough = true };
            default:
                exchange.Complete(RequestOutcome.Unmatched, null, "unmatched: " + decision.Why);
                throw new UnmatchedRequestException(request, UnmatchedMessage.Build(request, exchange.Body, decision.Why!, CandidateRoutes(scope), Options.UseUrlConventions, ScopeNote(scope)));
        }
    }

    private List<FakeRoute> CandidateRoutes(FakeStatusScope? scope)
    {
        var routes = new List<FakeRoute>();
        for (FakeStatusScope? s = scope; s is not null; s = s.Parent)
        {
            routes.AddRange(s.Routes);
        }

        routes.AddRange(_routes.Routes);
        return routes;
    }

    private string? ScopeNote(FakeStatusScope? scope)
    {
        int open = OpenScopes;
        if (scope is not null)
        {
            return $"The request came from {scope}; {open} scope(s) are open.";
        }

        return open == 0 ? null : ScopeHint.Fix;
    }

    private static Plan FromRoute(FakeRoute route, HttpRequestMessage request, ref Exchange exchange)
    {
        long call = route.NextCall();
        exchange.Route = route;
        exchange.CallNumber = call;
        ResponseStep step;
        try
        {
            step = route.Responder.Next(call, route.Name);
        }
        catch (SequenceExhaustedException e)
        {
            exchange.Complete(RequestOutcome.SequenceExhausted, null, e.Message);
            throw;
        }

        if (route.Responder is Responder.Random random)
        {
            exchange.RandomSeed = random.Seed;
        }

        if (step.FromRequest is not null)
        {
            step = BuildFromRequest(route, step.FromRequest, request, ref exchange);
        }

        return new Plan(step.Template, step.Fault, step.Delay.For(call), step.Description);
    }

    private static ResponseStep BuildFromRequest(FakeRoute route, Func<FakeRequest, ResponseStep> build, HttpRequestMessage request, ref Exchange exchange)
    {
        var captured = FakeRequest.Capture(request, exchange.Body, route.ParsedTemplate);
        exchange.RouteValues = captured.RouteValues;
        try
        {
            return build(captured);
        }
        catch (Exception e)
        {
            // The user's callback failed, not the handler: say which route, keep their exception as the cause.
            throw new InvalidOperationException($"Route '{route.Name}' failed to build its response: {e.GetType().Name}: {e.Message}", e);
        }
    }

    private Plan FromConvention(HttpRequestMessage request, ref Exchange exchange, ConventionMatch match)
    {
        const string ByConvention = "URL convention";
        if (match.Outcome == ConventionOutcome.Malformed)
        {
            return new Plan(ResponseTemplate.JsonWithDetail(400, "Bad Request", match.Problem!), null, TimeSpan.Zero, "URL convention, malformed: " + match.Problem);
        }

        string? problem = ConventionHeaders.Apply(request, ref match);
        if (problem is not null)
        {
            return new Plan(ResponseTemplate.JsonWithDetail(400, "Bad Request", problem), null, TimeSpan.Zero, "URL convention, malformed: " + problem);
        }

        string detail = ByConvention;
        StatusEntry entry;
        if (match.Choices is not null)
        {
            long draw = Interlocked.Increment(ref _conventionDraws);
            entry = UrlConventions.Draw(match.Choices, _seed, draw);
            exchange.RandomSeed = _seed;
            detail = string.Format(CultureInfo.InvariantCulture, "URL convention, random draw #{0} with seed {1}", draw, _seed);
        }
        else
        {
            entry = match.Entry!;
        }

        if (Options.RealisticDelivery && !entry.AnswersAsItself)
        {
            // What a real client gets: nginx 444 closes the connection, nginx 499 and AWS 460 leave the client to its own
            // timeout, nginx 494-497 arrive as nginx's own 400 page.
            return entry.Definition.ClientReceives switch
            {
                ClientReceives.ConnectionClosed => new Plan(null, entry.DeliveryFault, match.Delay, detail + ", connection closed as the real server does"),
                ClientReceives.LoggedOnly => new Plan(null, entry.DeliveryFault, match.Delay, detail + ", only logged by the real server: the client times out"),
                _ => new Plan(entry.SubstituteTemplate, null, match.Delay, detail + ", sent as the real server sends it") { SuppressBody = match.SuppressBody },
            };
        }

        ResponseTemplate template = match.Format switch
        {
            BodyFormat.Text => entry.TextTemplate,
            BodyFormat.Problem => ResponseTemplate.Problem(entry.Definition),
            _ => ConventionTemplate(entry, StyleOf(match)),
        };
        return new Plan(template, null, match.Delay, detail) { SuppressBody = match.SuppressBody, ExtraHeaders = match.ExtraHeaders };
    }
}
