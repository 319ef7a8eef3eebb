using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;

namespace FakeStatus;

/// <summary>The request method a route requires.</summary>
internal sealed class MethodCriterion(HttpMethod method) : RouteCriterion
{
    public override string Expectation => "method " + method.Method;

    public override bool Check(ref MatchInput input, List<string>? why)
    {
        if (method == input.Request.Method)
        {
            return true;
        }

        why?.Add("got " + input.Request.Method.Method);
        return false;
    }
}

/// <summary>The scheme, host or port of a route template written with <c>scheme://host[:port]</c>.</summary>
internal sealed class AuthorityCriterion : RouteCriterion
{
    private readonly string _part;
    private readonly string _expected;
    private readonly int? _port;

    private AuthorityCriterion(string part, string expected, int? port = null)
    {
        _part = part;
        _expected = expected;
        _port = port;
    }

    public override string Expectation => _part + " " + _expected;

    public static IEnumerable<RouteCriterion> Of(RouteTemplate template)
    {
        if (template.Scheme is string scheme)
        {
            yield return new AuthorityCriterion("scheme", scheme);
        }

        if (template.Host is string host)
        {
            yield return new AuthorityCriterion("host", host);
        }

        if (template.Port is int port)
        {
            yield return new AuthorityCriterion("port", port.ToString(CultureInfo.InvariantCulture), port);
        }
    }

    public override bool Check(ref MatchInput input, List<string>? why)
    {
        Uri uri = input.Uri;
        bool fits = _port is int port
            ? port == uri.Port
            : string.Equals(_expected, _part == "scheme" ? uri.Scheme : uri.Host, StringComparison.OrdinalIgnoreCase);
        if (!fits)
        {
            why?.Add("got " + (_port is null ? (_part == "scheme" ? uri.Scheme : uri.Host) : uri.Port.ToString(CultureInfo.InvariantCulture)));
        }

        return fits;
    }
}
