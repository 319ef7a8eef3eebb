using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;

namespace FakeStatus;

/// <summary>
/// A route registered on a <see cref="FakeStatusHandler"/>: what it matches, how it answers, and how often it was used.
/// Immutable once registered except for its call count, which is updated atomically.
/// </summary>
public sealed class FakeRoute
{
    // Above this size, a body is not decoded to explain a route that its method or path already rules out.
    private const int LargeBody = 64 * 1024;

    private readonly RouteTemplate _template;

    // Everything but the path, cheapest first: method, authority, query, headers, body, then the caller's predicates.
    private readonly RouteCriterion[] _criteria;

    // Where an explanation lists the path: after the method and the authority, as a URL reads.
    private readonly int _pathIndex;
    private long _calls;

    internal FakeRoute(
        object owner,
        int order,
        string? explicitName,
        string name,
        HttpMethod? method,
        RouteTemplate template,
        IEnumerable<RouteCriterion> criteria,
        Responder responder,
        bool isOptional)
    {
        // First, so the copy lands next to this object: a request that finds the route by its path reads both together.
        LiteralPath = template.IsLiteral ? template.Path.AsSpan().ToString() : null;
        Owner = owner;
        Order = order;
        ExplicitName = explicitName;
        Name = name;
        Method = method;
        _template = template;
        var all = new List<RouteCriterion>();
        if (method is not null)
        {
            all.Add(new MethodCriterion(method));
        }

        all.AddRange(AuthorityCriterion.Of(template));
        _pathIndex = all.Count;
        all.AddRange(template.Query.Select(q => new QueryCriterion(q.Key, q.Value)));
        all.AddRange(criteria);
        _criteria = all.ToArray();
        NeedsBody = _criteria.Any(c => c is JsonBodyCriterion or FormFieldCriterion or PredicateCriterion { ReadsBody: true });
        Responder = responder;
        IsOptional = isOptional;
    }

    /// <summary>
    /// The route's name for messages: the one given with <see cref="RouteBuilder.Named"/>, else <c>"{METHOD} {template}"</c>
    /// (which several routes may share; verify with the route object itself).
    /// </summary>
    public string Name { get; }

    /// <summary>The method matched, or <see langword="null"/> for any method.</summary>
    public HttpMethod? Method { get; }

    /// <summary>The template as registered, e.g. <c>/users/{id}</c>.</summary>
    public string Template => _template.Text;

    /// <summary>Whether <c>VerifyAllRoutesUsed</c> skips this route.</summary>
    public bool IsOptional { get; }

    /// <summary>How many requests this route has answered (or faulted) so far.</summary>
    public long CallCount => Interlocked.Read(ref _calls);

    /// <summary>What the route answers, e.g. <c>sequence [503, 503, 200]</c> or <c>random (seed 42) [...]</c>.</summary>
    public string Answer => Responder.Description;

    internal int Order { get; }

    /// <summary>The handler (or scope) the route was registered on: verification elsewhere would count the wrong requests.</summary>
    internal object Owner { get; }

    internal string? ExplicitName { get; }

    internal RouteTemplate ParsedTemplate => _template;

    /// <summary>The normalised path a literal template matches, which the route table looks requests up by; null for a templated one.</summary>
    internal string? LiteralPath { get; }

    internal Responder Responder { get; }

    internal bool NeedsBody { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} -> {Answer}";

    /// <summary>The route as a message names it: its name, and its position among the registrations.</summary>
    internal string Describe() => $"'{Name}' (route #{Order + 1}, {Answer})";

    internal long NextCall() => Interlocked.Increment(ref _calls);

    /// <summary>Everything but the path, which the table has already matched. Allocates nothing unless a criterion reads the body.</summary>
    internal bool MatchesRest(ref MatchInput input)
    {
        foreach (RouteCriterion criterion in _criteria)
        {
            if (!criterion.Check(ref input, null))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Every criterion, the path included, checked against the request with what differed: the near-miss explanation. The
    /// same checks as <see cref="MatchesRest"/>, so the two cannot disagree; a predicate that throws counts as not matched.
    /// </summary>
    internal IReadOnlyList<CriterionResult> Explain(HttpRequestMessage request, Uri uri, RequestBody? body)
    {
        var input = new MatchInput(request, uri, body);
        var results = new List<CriterionResult>(_criteria.Length + 1);
        int path = _pathIndex;
        bool addressMissed = false;
        for (int i = 0; i <= _criteria.Length; i++)
        {
            RouteCriterion criterion = i == path ? new PathCriterion(_template) : _criteria[i < path ? i : i - 1];
            var why = new List<string>();
            bool matched;
            if (addressMissed && body is { Bytes.Length: > LargeBody } && criterion is JsonBodyCriterion or FormFieldCriterion or PredicateCriterion { ReadsBody: true })
            {
                // Matching never decodes a body whose route the method or path already rules out; neither does a message.
                why.Add(string.Format(CultureInfo.InvariantCulture, "not checked: the method or path already differs and the body is {0} bytes", body.Bytes.Length));
                results.Add(new CriterionResult(criterion.Expectation, false, why));
                continue;
            }

            try
            {
                matched = criterion.Check(ref input, why);
            }
#pragma warning disable CA1031 // A user's predicate may throw on a request it never expected; the explanation says so instead of hiding the original failure.
            catch (Exception e)
#pragma warning restore CA1031
            {
                matched = false;
                why.Add("threw " + e.GetType().Name + ": " + e.Message);
            }

            results.Add(new CriterionResult(criterion.Expectation, matched, why));
            addressMissed |= !matched && i <= path;
        }

        return results;
    }
}
