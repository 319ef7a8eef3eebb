using System;
using System.Collections.Generic;
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
    private readonly RouteTemplate _template;
    private readonly KeyValuePair<string, string>[] _query;
    private readonly KeyValuePair<string, string?>[] _headers;
    private readonly Func<HttpRequestMessage, bool>[] _predicates;
    private readonly Func<string, bool>[] _bodyPredicates;
    private long _calls;

    internal FakeRoute(
        object owner,
        int order,
        string? explicitName,
        string name,
        HttpMethod? method,
        RouteTemplate template,
        IEnumerable<KeyValuePair<string, string>> query,
        IEnumerable<KeyValuePair<string, string?>> headers,
        IEnumerable<Func<HttpRequestMessage, bool>> predicates,
        IEnumerable<Func<string, bool>> bodyPredicates,
        Responder responder,
        bool isOptional)
    {
        Owner = owner;
        Order = order;
        ExplicitName = explicitName;
        Name = name;
        Method = method;
        _template = template;
        _query = template.Query.Concat(query).ToArray();
        _headers = headers.ToArray();
        _predicates = predicates.ToArray();
        _bodyPredicates = bodyPredicates.ToArray();
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

    internal Responder Responder { get; }

    internal bool NeedsBody => _bodyPredicates.Length > 0;

    /// <inheritdoc />
    public override string ToString() => $"{Name} -> {Answer}";

    /// <summary>The route as a message names it: its name, and its position among the registrations.</summary>
    internal string Describe() => $"'{Name}' (route #{Order + 1}, {Answer})";

    internal long NextCall() => Interlocked.Increment(ref _calls);

    /// <summary>Everything but the path, which the table has already matched.</summary>
    internal bool MatchesRest(HttpRequestMessage request, Uri uri, string? body, ref List<KeyValuePair<string, string>>? query)
    {
        if (Method is not null && Method != request.Method)
        {
            return false;
        }

        if (!_template.MatchesAuthority(uri))
        {
            return false;
        }

        if (_query.Length > 0)
        {
            query ??= QueryString.Parse(uri.Query);
            foreach (KeyValuePair<string, string> wanted in _query)
            {
                if (!Contains(query, wanted))
                {
                    return false;
                }
            }
        }

        foreach (KeyValuePair<string, string?> wanted in _headers)
        {
            if (!HasHeader(request, wanted.Key, wanted.Value))
            {
                return false;
            }
        }

        foreach (Func<string, bool> predicate in _bodyPredicates)
        {
            if (!predicate(body ?? string.Empty))
            {
                return false;
            }
        }

        foreach (Func<HttpRequestMessage, bool> predicate in _predicates)
        {
            if (!predicate(request))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasHeader(HttpRequestMessage request, string name, string? value)
    {
        if (!request.Headers.TryGetValues(name, out IEnumerable<string>? values) &&
            (request.Content is null || !request.Content.Headers.TryGetValues(name, out values)))
        {
            return false;
        }

        if (value is null)
        {
            return true;
        }

        foreach (string candidate in values)
        {
            if (string.Equals(candidate, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Loops rather than lambdas: this runs per request, and a capturing lambda allocates on every call.
    private static bool Contains(List<KeyValuePair<string, string>> query, KeyValuePair<string, string> wanted)
    {
        foreach (KeyValuePair<string, string> pair in query)
        {
            if (string.Equals(pair.Key, wanted.Key, StringComparison.Ordinal) && string.Equals(pair.Value, wanted.Value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
