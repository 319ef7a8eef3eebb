using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FakeStatus;

/// <content>Rendering a style for one status.</content>
public sealed partial class ErrorStyle
{
    /// <summary>The lowest status a style applies to: styles are error shapes, and a 200 keeps its canonical body.</summary>
    internal const int FirstStyledCode = 400;

    /// <summary>The names every template may use besides the style's own fields.</summary>
    internal static readonly string[] BuiltInNames = ["status", "reasonPhrase", "reasonPascal", "reasonSnake", "errorClass", "requestId"];

    private readonly ConcurrentDictionary<StatusDefinition, ResponseTemplate> _templates = new();

    internal static bool Applies(int code, bool bodyAllowed) => code >= FirstStyledCode && bodyAllowed;

    /// <summary>The canonical response of <paramref name="definition"/> in this style (made once per definition), for the URL conventions.</summary>
    internal ResponseTemplate TemplateFor(StatusDefinition definition) => _templates.GetOrAdd(definition, d =>
    {
        StyledResponse styled = Render(d.Code, d.ReasonPhrase, null);
        var headers = new List<HeaderEntry>(HeaderEntry.From(d.Headers));
        foreach (HeaderEntry header in styled.Headers)
        {
            headers.RemoveAll(h => string.Equals(h.Name, header.Name, StringComparison.OrdinalIgnoreCase));
            headers.Add(header);
        }

        return new ResponseTemplate(d.Code, d.ReasonPhrase, styled.Body, styled.ContentType, headers.ToArray()) { Status = d };
    });

    /// <summary>Renders the body and headers for <paramref name="code"/>; <paramref name="overrides"/> replace field values.</summary>
    internal StyledResponse Render(int code, string reasonPhrase, IReadOnlyDictionary<string, string>? overrides)
    {
        Func<string, string?> builtIns = BuiltIns(code, reasonPhrase);
        string requestId = RequestId.Render(builtIns, Raw);
        string? BuiltInOrId(string name) => name == "requestId" ? requestId : builtIns(name);

        StyleStatusRule? exact = Statuses.TryGetValue(code.ToString(CultureInfo.InvariantCulture), out StyleStatusRule? e) ? e : null;
        StyleStatusRule? byClass = Statuses.TryGetValue((code / 100).ToString(CultureInfo.InvariantCulture) + "xx", out StyleStatusRule? c) ? c : null;

        string? Value(string name)
        {
            if (overrides is not null && overrides.TryGetValue(name, out string? given))
            {
                return given;
            }

            if (!DefaultFields.ContainsKey(name))
            {
                return BuiltInOrId(name);
            }

            StyleTemplate? template = exact is not null && exact.Fields.TryGetValue(name, out StyleTemplate? x) ? x
                : byClass is not null && byClass.Fields.TryGetValue(name, out StyleTemplate? y) ? y
                : DefaultFields[name];
            return template?.Render(BuiltInOrId, Raw);
        }

        byte[] body = Encoding.UTF8.GetBytes(Body.Render(Value, StyleBodyFormats.Escaper(Format)));

        var headers = new List<KeyValuePair<string, StyleTemplate?>>();
        foreach (KeyValuePair<string, StyleTemplate> header in Headers)
        {
            headers.Add(new KeyValuePair<string, StyleTemplate?>(header.Key, header.Value));
        }

        Override(headers, byClass);
        Override(headers, exact);
        var entries = new List<HeaderEntry>(headers.Count);
        foreach (KeyValuePair<string, StyleTemplate?> header in headers)
        {
            string value = header.Value?.Render(Value, Raw) ?? string.Empty;
            if (value.Length > 0)
            {
                entries.Add(HeaderEntry.Default(header.Key, value));
            }
        }

        return new StyledResponse(body, ContentType, entries.ToArray());
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

    private static Func<string, string?> BuiltIns(int code, string reasonPhrase) => name => name switch
    {
        "status" => code.ToString(CultureInfo.InvariantCulture),
        "reasonPhrase" => reasonPhrase,
        "reasonPascal" => Words(reasonPhrase, pascal: true),
        "reasonSnake" => Words(reasonPhrase, pascal: false),
        "errorClass" => CanonicalBody.ErrorFor(code),
        _ => null,
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
