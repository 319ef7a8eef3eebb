using System;
using System.Collections.Generic;
using System.Net.Http;

namespace FakeStatus;

/// <summary>
/// Describes which requests a route matches; finish it with a <c>Respond...</c> or <c>Throw</c> call, which registers the
/// route and returns it, to verify with (<see cref="FakeStatusHandler.VerifyCalled(FakeRoute, int)"/>). Start one with <see cref="FakeStatusHandler.When(string)"/>.
/// </summary>
public sealed partial class RouteBuilder
{
    private readonly RouteSet _set;
    private readonly StepFactory _defaults;
    private readonly HttpMethod? _method;
    private readonly RouteTemplate _template;

    // Replaced, never changed in place: a request on another thread may name this unfinished route while it is being built.
    private KeyValuePair<string, string>[] _query = [];
    private KeyValuePair<string, string?>[] _headers = [];

    // Body and predicate criteria in registration order; queries and headers are checked before them, as they cost less.
    private readonly List<RouteCriterion> _rest = [];
    private string[] _bodyNames = [];
    private int _predicates;
    private string? _name;
    private bool _optional;
    private bool _registered;

    /// <param name="set">The routes the finished route joins.</param>
    /// <param name="defaults">The handler's settings for building responses (catalog, error style, delivery, realism).</param>
    /// <param name="method">The method matched, or <see langword="null"/> for any.</param>
    /// <param name="template">The path template.</param>
    internal RouteBuilder(RouteSet set, StepFactory defaults, HttpMethod? method, string template)
    {
        _set = set;
        _defaults = defaults;
        _method = method;
        _template = RouteTemplate.Parse(template);
    }

    /// <summary>Only requests whose query has <paramref name="name"/>=<paramref name="value"/> (unescaped, ordinal).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RouteBuilder ForQuery(string name, string value) => Guard(() =>
        _query = [.. _query, new KeyValuePair<string, string>(name ?? throw new ArgumentNullException(nameof(name)), value ?? throw new ArgumentNullException(nameof(value)))]);

    /// <summary>Only requests carrying header <paramref name="name"/>, with <paramref name="value"/> among its values when given.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not an HTTP token.</exception>
    public RouteBuilder ForHeader(string name, string? value = null) => Guard(() =>
        _headers = [.. _headers, new KeyValuePair<string, string?>(StatusRules.ValidateHeaderName(name, nameof(name)), value)]);

    /// <summary>Only requests whose body (read as UTF-8, without consuming it for the caller) satisfies <paramref name="predicate"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is null.</exception>
    public RouteBuilder ForBody(Func<string, bool> predicate) => Guard(() =>
        _rest.Add(new PredicateCriterion(++_predicates, predicate ?? throw new ArgumentNullException(nameof(predicate)))));

    /// <summary>Only requests that satisfy <paramref name="predicate"/>; its content, if any, is already buffered and can be read again.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is null.</exception>
    public RouteBuilder ForRequest(Func<HttpRequestMessage, bool> predicate) => Guard(() =>
        _rest.Add(new PredicateCriterion(++_predicates, predicate ?? throw new ArgumentNullException(nameof(predicate)))));

    /// <summary>Only requests that <paramref name="criterion"/> accepts; it explains a near miss in its own words.</summary>
    internal RouteBuilder ForCriterion(RouteCriterion criterion)
    {
        _rest.Add(criterion);
        return this;
    }

    /// <summary>
    /// Names the route for messages and the request log. Optional: the <see cref="FakeRoute"/> that <c>Respond</c> returns
    /// identifies the route for verification. Names are unique per handler; a second route with the same name is rejected.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public RouteBuilder Named(string name) => Guard(() =>
        _name = string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("A route name must not be empty.", nameof(name)) : name);

    /// <summary>Exempts the route from <see cref="FakeStatusHandler.VerifyAllRoutesUsed"/>.</summary>
    public RouteBuilder Optional()
    {
        _optional = true;
        return this;
    }

    /// <summary>
    /// Answers HTTP <paramref name="code"/> from the handler's registry, optionally customised; a code from 100 to 999 that the
    /// registry lacks answers with the reason phrase <see cref="StatusCatalog.UnknownReasonPhrase"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 100-999.</exception>
    public FakeRoute Respond(int code, Action<ResponseBuilder>? configure = null) => Respond(StatusCatalog.Http, code, configure);

    /// <summary>
    /// Answers <paramref name="code"/> of <paramref name="protocol"/> (e.g. <c>("smtp", 530)</c>), optionally customised; a code
    /// from 100 to 999 that the registry lacks (<c>("smtp", 418)</c>) answers with the reason phrase
    /// <see cref="StatusCatalog.UnknownReasonPhrase"/>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="protocol"/> is unknown to the handler's registry.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 100-999.</exception>
    public FakeRoute Respond(string protocol, int code, Action<ResponseBuilder>? configure = null) =>
        Register(() => Single(Steps.Resolve(protocol, code), configure));

    /// <summary>Answers with <paramref name="definition"/>, optionally customised.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public FakeRoute Respond(StatusDefinition definition, Action<ResponseBuilder>? configure = null) =>
        Register(() => Single(definition, configure));

    /// <summary>
    /// Answers each request with a response built from it: <paramref name="status"/> picks the HTTP status (from the handler's
    /// catalog) and <paramref name="configure"/> customises it, both reading the <see cref="FakeRequest"/> (route values, query,
    /// headers, body). E.g. <c>Respond(req =&gt; req.RouteValues["id"] == "7" ? 404 : 200)</c>; for a fixed status whose body
    /// depends on the request, <c>Respond(_ =&gt; 200, (r, req) =&gt; r.WithJsonBody(new { id = req.RouteValues["id"] }))</c>.
    /// A callback that throws fails that request (an <see cref="InvalidOperationException"/> naming the route, through the
    /// returned task).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="status"/> is null.</exception>
    public FakeRoute Respond(Func<FakeRequest, int> status, Action<ResponseBuilder, FakeRequest>? configure = null) =>
        Register(() => new Responder.Single(Steps.FromRequest(StatusCatalog.Http, status, configure)));

    /// <summary>
    /// Answers each request with a status of <paramref name="protocol"/> built from it, as
    /// <see cref="Respond(Func{FakeRequest, int}, Action{ResponseBuilder, FakeRequest})"/> does for HTTP: e.g. a gRPC status
    /// whose delay is the request's own deadline.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="protocol"/> or <paramref name="status"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="protocol"/> is unknown to the handler's registry.</exception>
    public FakeRoute Respond(string protocol, Func<FakeRequest, int> status, Action<ResponseBuilder, FakeRequest>? configure = null) =>
        Register(() => new Responder.Single(Steps.FromRequest(protocol, status, configure)));

    /// <summary>Answers each request with the next step: <c>s =&gt; s.Respond(503).Respond(503).Respond(200)</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="steps"/> is null.</exception>
    /// <exception cref="ArgumentException">No step was given.</exception>
    public FakeRoute RespondInSequence(Action<SequenceBuilder> steps) => Register(() =>
    {
        var builder = new SequenceBuilder(Steps);
        (steps ?? throw new ArgumentNullException(nameof(steps)))(builder);
        return new Responder.Sequence(builder.Steps, builder.ThrowsWhenExhausted);
    });

    /// <summary>Answers each request with a weighted random choice drawn from <paramref name="seed"/>, so a run replays exactly.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="choices"/> is null.</exception>
    /// <exception cref="ArgumentException">No choice was given.</exception>
    public FakeRoute RespondRandomly(int seed, Action<RandomResponseBuilder> choices) => Register(() =>
    {
        var builder = new RandomResponseBuilder(Steps);
        (choices ?? throw new ArgumentNullException(nameof(choices)))(builder);
        return new Responder.Random(builder.Choices, seed);
    });

    /// <summary>Raises <paramref name="fault"/> (timeout, connection refused, reset...) instead of answering.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="fault"/> is null.</exception>
    public FakeRoute Throw(FakeFault fault) => Register(() => new Responder.Single(StepFactory.Fault(fault)));

    private StepFactory Steps => new(_defaults.Catalog)
    {
        DefaultStyle = _defaults.DefaultStyle,
        RealisticDelivery = _defaults.RealisticDelivery,
        Realism = _defaults.Realism,
        RouteName = Description,
        Method = _method,
        Template = _template,
    };

    /// <summary>
    /// Registers the route, or, when building its response or adding it throws (an unknown protocol, a duplicate name...),
    /// leaves the handler as it was: the route is not added and not left pending.
    /// </summary>
    /// <summary>
    /// The responder for <paramref name="definition"/> as <paramref name="configure"/> customises it. One nobody customises
    /// (no callback, no error style, no check at registration that names the route) is the same for every route of that
    /// definition, so the route set builds it once and shares it: a request to any of 10,000 such routes then reads one
    /// responder, step and template that stay in cache.
    /// </summary>
    private Responder Single(StatusDefinition definition, Action<ResponseBuilder>? configure)
    {
        StepFactory steps = Steps;
        if (configure is not null || definition is null || _defaults.DefaultStyle is not null || _defaults.Realism == RealismCheck.Throw)
        {
            return new Responder.Single(steps.Build(definition!, configure));
        }

        return _set.SharedResponder(definition, () => new Responder.Single(steps.Build(definition, configure: null)));
    }

    private FakeRoute Register(Func<Responder> responder)
    {
        if (_registered)
        {
            throw new InvalidOperationException($"Route '{Description}' is already registered; start another with handler.When(...).");
        }

        try
        {
            Responder built = responder();
            FakeRoute route = _set.Add(this, order => new FakeRoute(_set.Owner, order, _name, Description, _method, _template, Criteria(), built, _optional));
            _registered = true;
            return route;
        }
        catch
        {
            _set.Abandon(this);
            throw;
        }
    }

    /// <summary>Applies one refinement; when it throws (bad input), the registration fails whole: the route is no longer pending.</summary>
    private RouteBuilder Guard(Action refine)
    {
        try
        {
            refine();
            return this;
        }
        catch
        {
            _set.Abandon(this);
            throw;
        }
    }

    /// <summary>Whether the route, once finished, could answer <paramref name="request"/>: its method, host and path fit.</summary>
    internal bool WouldMatch(HttpRequestMessage request, Uri uri)
    {
        if (_method is not null && request.Method != _method)
        {
            return false;
        }

        var input = new MatchInput(request, uri, null);
        foreach (RouteCriterion authority in AuthorityCriterion.Of(_template))
        {
            if (!authority.Check(ref input, null))
            {
                return false;
            }
        }

        return _template.MatchesPath(RequestPath.SegmentsOf(uri));
    }

    private IEnumerable<RouteCriterion> Criteria()
    {
        foreach (KeyValuePair<string, string> pair in _query)
        {
            yield return new QueryCriterion(pair.Key, pair.Value);
        }

        foreach (KeyValuePair<string, string?> header in _headers)
        {
            yield return new HeaderCriterion(header.Key, header.Value);
        }

        foreach (RouteCriterion criterion in _rest)
        {
            yield return criterion;
        }
    }

    /// <summary>The explicit name, else the method and template, e.g. <c>GET /login</c> or <c>ANY /orders/{id}</c>.</summary>
    internal string Description => _name ?? GeneratedName();

    private string GeneratedName()
    {
        // Names appear in every message, so secret query values are masked as in a request's URL.
        var text = new System.Text.StringBuilder(_method?.Method ?? "ANY").Append(' ').Append(Secrets.Template(_template.Text));
        foreach (KeyValuePair<string, string> pair in _query)
        {
            text.Append(!text.ToString().Contains('?', StringComparison.Ordinal) ? '?' : '&').Append(pair.Key).Append('=')
                .Append(Secrets.IsSecret(pair.Key) ? Secrets.UrlMask : pair.Value);
        }

        foreach (KeyValuePair<string, string?> header in _headers)
        {
            text.Append(" [").Append(header.Key).Append(header.Value is null ? string.Empty : ": " + Secrets.Show(header.Key, header.Value)).Append(']');
        }

        foreach (string body in _bodyNames)
        {
            text.Append(" [").Append(body).Append(']');
        }

        if (_predicates > 0)
        {
            text.Append(" [+").Append(_predicates).Append(" predicate(s)]");
        }

        return text.ToString();
    }
}
