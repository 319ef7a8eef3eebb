using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text;

namespace FakeStatus;

/// <content>Rendering a style for one status.</content>
public sealed partial class ErrorStyle
{
    /// <summary>The lowest status a style applies to unless it names the status itself: styles are error shapes, and a 200 keeps its canonical body.</summary>
    internal const int FirstStyledCode = 400;

    /// <summary>The names every template may use besides the style's own fields; none of them can name a field.</summary>
    internal static readonly string[] BuiltInNames =
        ["status", "reasonPhrase", "reasonPascal", "reasonSnake", "errorClass", "requestId", .. StyleRequest.Names];

    private readonly ConcurrentDictionary<StatusDefinition, ResponseTemplate> _templates = new();

    /// <summary>
    /// Whether the style answers <paramref name="code"/>: any status from 400 up that may carry a body, and a lower one only
    /// when the style names it (<c>"202"</c> in <c>statuses</c>).
    /// </summary>
    internal bool AppliesTo(int code, bool bodyAllowed) =>
        bodyAllowed && (code >= FirstStyledCode || Statuses.ContainsKey(code.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The canonical response of <paramref name="definition"/> in this style (made once per definition), for the URL conventions.</summary>
    internal ResponseTemplate TemplateFor(StatusDefinition definition) => _templates.GetOrAdd(definition, d =>
    {
        StyledResponse styled = Render(d.Code, d.ReasonPhrase, null, StyleRequest.Sample);
        var headers = new List<HeaderEntry>(HeaderEntry.From(d.Headers));
        foreach (HeaderEntry header in styled.Headers)
        {
            headers.RemoveAll(h => string.Equals(h.Name, header.Name, StringComparison.OrdinalIgnoreCase));
            headers.Add(header);
        }

        if (!ReadsRequest)
        {
            return new ResponseTemplate(d.Code, d.ReasonPhrase, styled.Body, styled.ContentType, headers.ToArray()) { Status = d };
        }

        return new ResponseTemplate(d.Code, d.ReasonPhrase, null, null, HeaderEntry.From(d.Headers))
        {
            Status = d,
            PerRequest = Binder(d.Code, d.ReasonPhrase, null, null, styleBody: true, HeaderNames()),
        };
    });

    /// <summary>
    /// The per-call render of a style that reads the request: the body (when <paramref name="styleBody"/>) and the headers in
    /// <paramref name="headerNames"/>, the ones no later setting of the route replaced.
    /// </summary>
    internal Func<HttpRequestMessage, DateTimeOffset, StyledResponse> Binder(
        int code,
        string reasonPhrase,
        StyleOverrides? overrides,
        Func<Uri, IReadOnlyDictionary<string, string>>? routeValues,
        bool styleBody,
        HashSet<string> headerNames) => (request, now) =>
    {
        IReadOnlyDictionary<string, string>? values = routeValues is not null && request.RequestUri is { IsAbsoluteUri: true } uri ? routeValues(uri) : null;
        StyledResponse styled = Render(code, reasonPhrase, overrides, StyleRequest.For(request, now, values));
        return new StyledResponse(styled.Body, styled.ContentType, Array.FindAll(styled.Headers, h => headerNames.Contains(h.Name))) { SendsBody = styleBody };
    };

    /// <summary>Every header name the style may send, whatever the status or code.</summary>
    internal HashSet<string> HeaderNames()
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, StyleTemplate> header in Headers)
        {
            names.Add(header.Key);
        }

        foreach (StyleStatusRule rule in Statuses.Values.Concat(Codes.Values))
        {
            foreach (KeyValuePair<string, StyleTemplate?> header in rule.Headers)
            {
                names.Add(header.Key);
            }
        }

        return names;
    }

    /// <summary>
    /// Renders the body and headers for <paramref name="code"/> answering <paramref name="request"/>; <paramref name="overrides"/>
    /// replace field values. With <paramref name="strict"/>, a <c>:number</c> placeholder whose value is not a number throws
    /// <see cref="FormatException"/> instead of writing <c>null</c>.
    /// </summary>
    internal StyledResponse Render(int code, string reasonPhrase, StyleOverrides? overrides, StyleRequest? request = null, bool strict = false)
    {
        Func<string, string?> builtIns = BuiltIns(code, reasonPhrase, request ?? StyleRequest.Sample);
        string? requestId = null;
        string? BuiltInOrId(string name) => name == "requestId" ? requestId ??= RequestId.Render(builtIns, Raw, strict) : builtIns(name);

        StyleStatusRule? exact = Statuses.TryGetValue(code.ToString(CultureInfo.InvariantCulture), out StyleStatusRule? e) ? e : null;
        StyleStatusRule? byClass = Statuses.TryGetValue((code / 100).ToString(CultureInfo.InvariantCulture) + "xx", out StyleStatusRule? c) ? c : null;
        string? givenCode = overrides?.ErrorCode;
        StyleStatusRule? byCode = givenCode is not null && Codes.TryGetValue(givenCode, out StyleStatusRule? k) ? k : null;

        // A route's own vendor code brings its own message: the one listed for it in codes, else the style's default, never
        // the message of the code it replaced.
        bool otherCode = givenCode is not null && byCode is null && !string.Equals(givenCode, StatusValue("code"), StringComparison.Ordinal);

        string? StatusValue(string name)
        {
            StyleTemplate? template = exact is not null && exact.Fields.TryGetValue(name, out StyleTemplate? x) ? x
                : byClass is not null && byClass.Fields.TryGetValue(name, out StyleTemplate? y) ? y
                : DefaultFields.TryGetValue(name, out StyleTemplate? z) ? z : null;
            return template?.Render(BuiltInOrId, Raw, strict);
        }

        string? Value(string name)
        {
            if (overrides is not null && overrides.Fields.TryGetValue(name, out string? given))
            {
                return given;
            }

            if (!DefaultFields.TryGetValue(name, out StyleTemplate? fallback))
            {
                return BuiltInOrId(name);
            }

            if (byCode is not null && byCode.Fields.TryGetValue(name, out StyleTemplate? coded))
            {
                return coded?.Render(BuiltInOrId, Raw, strict);
            }

            return otherCode && name == "message" ? fallback?.Render(BuiltInOrId, Raw, strict) : StatusValue(name);
        }

        StyleTemplate body = exact?.Body ?? byClass?.Body ?? Body;
        string contentType = exact?.ContentType ?? byClass?.ContentType ?? ContentType;
        byte[] bytes = Encoding.UTF8.GetBytes(body.Render(Value, StyleBodyFormats.Escaper(StyleBodyFormats.FromContentType(contentType)), strict));

        var headers = new List<KeyValuePair<string, StyleTemplate?>>();
        foreach (KeyValuePair<string, StyleTemplate> header in Headers)
        {
            headers.Add(new KeyValuePair<string, StyleTemplate?>(header.Key, header.Value));
        }

        Override(headers, byClass);
        Override(headers, exact);
        Override(headers, byCode);
        var entries = new List<HeaderEntry>(headers.Count);
        foreach (KeyValuePair<string, StyleTemplate?> header in headers)
        {
            string value = header.Value?.Render(Value, Raw, strict) ?? string.Empty;
            if (!strict && StatusRules.HasLineBreak(value))
            {
                // A value echoed from the request can never inject a header; the file's own text was checked at load.
                value = value.Replace('\r', ' ').Replace('\n', ' ');
            }

            if (value.Length > 0)
            {
                entries.Add(HeaderEntry.Default(header.Key, value));
            }
        }

        return new StyledResponse(bytes, contentType, entries.ToArray());
    }

    private static void Override(List<KeyValuePair<string, StyleTemplate?>> headers, StyleStatusRule? rule)
    {
        if (rule is null)
        {
            return;
        }

        foreach (KeyValuePair<string, StyleTemplate?> header in rule.Headers)
        {
            headers.RemoveAll(h => string.Equals(h.Key, header.Key, StringComparison.OrdinalIgnoreCase));
            headers.Add(header);
        }
    }

    private static string Raw(string value) => value;

    private static Func<string, string?> BuiltIns(int code, string reasonPhrase, StyleRequest request) => name => name switch
    {
        "status" => code.ToString(CultureInfo.InvariantCulture),
        "reasonPhrase" => reasonPhrase,
        "reasonPascal" => Words(reasonPhrase, pascal: true),
        "reasonSnake" => Words(reasonPhrase, pascal: false),
        "errorClass" => CanonicalBody.ErrorFor(code),
        _ => request.Value(name),
    };

    /// <summary><c>Service Unavailable</c> as <c>ServiceUnavailable</c> or <c>service_unavailable</c>; other characters are dropped.</summary>
    private static string Words(string phrase, bool pascal)
    {
        var text = new StringBuilder(phrase.Length);
        bool startOfWord = true;
        foreach (char ch in phrase)
        {
            if (!char.IsLetterOrDigit(ch))
            {
                startOfWord = true;
                continue;
            }

            if (startOfWord && !pascal && text.Length > 0)
            {
                text.Append('_');
            }

            text.Append(pascal ? (startOfWord ? char.ToUpperInvariant(ch) : ch) : char.ToLowerInvariant(ch));
            startOfWord = false;
        }

        return text.ToString();
    }
}
