using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace FakeStatus;

/// <summary>
/// A parsed route template: an optional <c>scheme://host[:port]</c>, a path of literal, <c>{name}</c> and <c>*</c> segments,
/// and optional query constraints after <c>?</c>. A <c>*</c> matches one segment, or everything that follows when it is last.
/// </summary>
internal sealed class RouteTemplate
{
    private static readonly IReadOnlyDictionary<string, string> NoValues = new ReadOnlyDictionary<string, string>(new Dictionary<string, string>());
    private readonly Segment[] _segments;
    private readonly bool _hasParameters;

    private RouteTemplate(string text, string? scheme, string? host, int? port, string path, Segment[] segments, List<KeyValuePair<string, string>> query)
    {
        Text = text;
        Scheme = scheme;
        Host = host;
        Port = port;
        Path = path;
        _segments = segments;
        Query = query;
        IsLiteral = Array.TrueForAll(segments, s => s.Kind == SegmentKind.Literal);
        _hasParameters = Array.Exists(segments, s => s.Kind == SegmentKind.Parameter);
    }

    /// <summary>What one segment of a template takes.</summary>
    internal enum SegmentKind
    {
        Literal,
        Parameter,
        Wildcard,
    }

    public string Text { get; }

    public string? Scheme { get; }

    public string? Host { get; }

    public int? Port { get; }

    /// <summary>The normalised path (no trailing slash except the root); the dictionary key of literal routes.</summary>
    public string Path { get; }

    public bool IsLiteral { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Query { get; }

    /// <summary>The path's segments, in order; the route table files templated routes by them.</summary>
    internal IReadOnlyList<Segment> Segments => _segments;

    public static RouteTemplate Parse(string template)
    {
        if (string.IsNullOrWhiteSpace(template))
        {
            throw new ArgumentException("A route template must not be empty; use e.g. \"/login\", \"/users/{id}\", \"/api/*\" or \"https://api.test/login\".", nameof(template));
        }

        if (StatusRules.HasLineBreak(template) || template.Contains('#', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Route template '{StatusRules.Escape(template)}' contains CR, LF or '#', which no request path can match.", nameof(template));
        }

        string? scheme = null, host = null;
        int? port = null;
        string rest = template;
        int schemeEnd = template.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd > 0)
        {
            scheme = StatusRules.ToLowerAscii(template.Substring(0, schemeEnd));
            int pathStart = template.IndexOf('/', schemeEnd + 3);
            string authority = pathStart < 0 ? template.Substring(schemeEnd + 3) : template.Substring(schemeEnd + 3, pathStart - schemeEnd - 3);
            rest = pathStart < 0 ? "/" : template.Substring(pathStart);
            (host, port) = SplitAuthority(authority, template);
        }
        else if (rest == "*")
        {
            rest = "/*";
        }
        else if (rest[0] != '/')
        {
            throw new ArgumentException($"Route template '{template}' must start with '/' or 'http(s)://', e.g. \"/login\" or \"https://api.test/login\".", nameof(template));
        }

        var query = new List<KeyValuePair<string, string>>();
        int q = rest.IndexOf('?', StringComparison.Ordinal);
        if (q >= 0)
        {
            query.AddRange(QueryString.Parse(rest.Substring(q)));
            rest = rest.Substring(0, q);
        }

        string path = RequestPath.Normalise(Uri.UnescapeDataString(rest));
        return new RouteTemplate(template, scheme, host, port, path, ParseSegments(path, template), query);
    }

    /// <summary>
    /// Whether the request path's segments fit this template's segments. With <paramref name="why"/> (only when explaining a
    /// near miss), adds which segment differed and how.
    /// </summary>
    public bool MatchesPath(string[] requestSegments, List<string>? why = null)
    {
        for (int i = 0; i < _segments.Length; i++)
        {
            Segment segment = _segments[i];
            // The segments before matched, so the request has at least i of them: a last '*' takes the rest, even none.
            if (segment.Kind == SegmentKind.Wildcard && i == _segments.Length - 1)
            {
                return true;
            }

            if (i >= requestSegments.Length)
            {
                why?.Add($"too few segments: expected {_segments.Length}, got {requestSegments.Length}");
                return false;
            }

            if (segment.Kind == SegmentKind.Literal && !string.Equals(segment.Text, requestSegments[i], StringComparison.Ordinal))
            {
                why?.Add($"segment {i + 1}: expected '{segment.Text}', got '{requestSegments[i]}'");
                return false;
            }

            if (segment.Kind == SegmentKind.Parameter && requestSegments[i].Length == 0)
            {
                why?.Add($"segment {i + 1}: expected a value for {{{segment.Text}}}, got an empty segment");
                return false;
            }
        }

        if (requestSegments.Length != _segments.Length)
        {
            why?.Add($"too many segments: expected {_segments.Length}, got {requestSegments.Length}");
            return false;
        }

        return true;
    }

    /// <summary>
    /// The values of the <c>{name}</c> segments in <paramref name="uri"/>'s path, which this template matched. Computed on demand
    /// (a response built from the request, <c>RecordedRequest.RouteValues</c>), never while matching.
    /// </summary>
    public IReadOnlyDictionary<string, string> Values(Uri uri)
    {
        if (!_hasParameters)
        {
            return NoValues;
        }

        string[] requestSegments = RequestPath.SegmentsOf(uri);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < _segments.Length && i < requestSegments.Length; i++)
        {
            if (_segments[i].Kind == SegmentKind.Parameter)
            {
                values[_segments[i].Text] = requestSegments[i];
            }
        }

        return new ReadOnlyDictionary<string, string>(values);
    }

    private static (string Host, int? Port) SplitAuthority(string authority, string template)
    {
        int colon = authority.LastIndexOf(':');
        if (authority.Length == 0 || colon == 0)
        {
            throw new ArgumentException($"Route template '{template}' has no host after '://'.", nameof(template));
        }

        if (colon < 0 || authority.EndsWith(']'))
        {
            return (authority, null);
        }

        return int.TryParse(authority.Substring(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int port) && port is > 0 and <= 65535
            ? (authority.Substring(0, colon), port)
            : throw new ArgumentException($"Route template '{template}' has an invalid port '{authority.Substring(colon + 1)}': expected 1-65535.", nameof(template));
    }

    private static Segment[] ParseSegments(string path, string template)
    {
        if (path == "/")
        {
            return [];
        }

        string[] parts = path.Substring(1).Split('/');
        var segments = new Segment[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            string part = parts[i];
            if (part == "*")
            {
                segments[i] = new Segment(SegmentKind.Wildcard, part);
            }
            else if (part.Length > 2 && part[0] == '{' && part[part.Length - 1] == '}' && part.IndexOfAny(['{', '}'], 1, part.Length - 2) < 0)
            {
                segments[i] = new Segment(SegmentKind.Parameter, part.Substring(1, part.Length - 2));
            }
            else if (part.IndexOfAny(['{', '}', '*']) >= 0)
            {
                throw new ArgumentException(
                    $"Route template '{template}' has segment '{part}': a segment is literal text, a whole '{{name}}' or a whole '*'.", nameof(template));
            }
            else
            {
                segments[i] = new Segment(SegmentKind.Literal, part);
            }
        }

        return segments;
    }

    /// <summary>One segment of a template: its kind, and the literal text or the parameter's name.</summary>
    internal readonly struct Segment(SegmentKind kind, string text)
    {
        public SegmentKind Kind { get; } = kind;

        public string Text { get; } = text;
    }
}
