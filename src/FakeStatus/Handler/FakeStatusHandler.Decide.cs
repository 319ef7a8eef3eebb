using System;
using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Threading;

namespace FakeStatus;

/// <content>Choosing the answer: explicit routes, then the URL conventions, then the unmatched policy.</content>
public sealed partial class FakeStatusHandler
{
    private const string ByConvention = "convention";

    private Decision Decide(HttpRequestMessage request, byte[]? body, DateTimeOffset arrived)
    {
        Uri? uri = request.RequestUri;
        if (uri is null || !uri.IsAbsoluteUri)
        {
            throw Unmatched(request, body, arrived, "it has no absolute URI (give the HttpClient a BaseAddress such as https://fake.test)");
        }

        RouteTable table = Table;
        if (!table.IsEmpty)
        {
            string? text = body is not null && table.NeedsBody ? Encoding.UTF8.GetString(body) : null;
            FakeRoute? route = table.Match(request, uri, text);
            if (route is not null)
            {
                return FromRoute(request, body, arrived, route);
            }
        }

        if (Options.UseUrlConventions)
        {
            ConventionMatch match = UrlConventions.Match(uri, _registry);
            if (match.Outcome != ConventionOutcome.NoMatch)
            {
                return FromConvention(request, match);
            }
        }

        if (_unmatchedTemplate is not null)
        {
            return new Decision(_unmatchedTemplate, null, TimeSpan.Zero, "unmatched: " + Options.Unmatched.Description, null);
        }

        if (_passThrough is not null)
        {
            return Decision.ForPassThrough("unmatched: " + Options.Unmatched.Description);
        }

        throw Unmatched(request, body, arrived, table.IsEmpty
            ? (Options.UseUrlConventions ? "its path fits no URL convention" : "no route is registered and the URL conventions are switched off")
            : (Options.UseUrlConventions ? "no route matches it and its path fits no URL convention" : "no route matches it and the URL conventions are switched off"));
    }

    private Decision FromRoute(HttpRequestMessage request, byte[]? body, DateTimeOffset arrived, FakeRoute route)
    {
        long call = route.NextCall();
        ResponseStep step;
        try
        {
            step = route.Responder.Next(call, route.Name);
        }
        catch (SequenceExhaustedException)
        {
            Record(request, body, arrived, null, route.Name + " (sequence exhausted)", route);
            throw;
        }

        string answeredBy = route.Responder is Responder.Single
            ? route.Name
            : string.Format(CultureInfo.InvariantCulture, "{0} (call #{1}: {2})", route.Name, call, step.Description);
        return new Decision(step.Template, step.Fault, step.Delay.For(call), answeredBy, route);
    }

    private Decision FromConvention(HttpRequestMessage request, ConventionMatch match)
    {
        if (match.Outcome == ConventionOutcome.Malformed)
        {
            return new Decision(ResponseTemplate.JsonWithDetail(400, "Bad Request", match.Problem!), null, TimeSpan.Zero, "convention (malformed)", null);
        }

        string? problem = ConventionHeaders.Apply(request, ref match);
        if (problem is not null)
        {
            return new Decision(ResponseTemplate.JsonWithDetail(400, "Bad Request", problem), null, TimeSpan.Zero, "convention (malformed)", null);
        }

        if (match.IsPlain && StyleOf(match) is null)
        {
            return new Decision(match.Entry!.Template, null, TimeSpan.Zero, ByConvention, null);
        }

        string answeredBy = ByConvention;
        StatusEntry entry;
        if (match.Choices is not null)
        {
            long call = Interlocked.Increment(ref _conventionDraws);
            entry = UrlConventions.Draw(match.Choices, _seed, call);
            answeredBy = string.Format(CultureInfo.InvariantCulture, "convention (random, seed {0}, draw #{1})", _seed, call);
        }
        else
        {
            entry = match.Entry!;
        }

        ResponseTemplate template = match.Format switch
        {
            BodyFormat.Text => entry.TextTemplate,
            BodyFormat.Problem => ResponseTemplate.Problem(entry.Definition),
            _ => ConventionTemplate(entry, StyleOf(match)),
        };
        return new Decision(template, null, match.Delay, answeredBy, null) { SuppressBody = match.SuppressBody, ExtraHeaders = match.ExtraHeaders };
    }

    private UnmatchedRequestException Unmatched(HttpRequestMessage request, byte[]? body, DateTimeOffset arrived, string why)
    {
        Record(request, body, arrived, null, "unmatched", null, unmatched: true);
        return new UnmatchedRequestException(request, UnmatchedMessage.Build(request, why, Table.Routes, Options.UseUrlConventions, _seed));
    }
}
