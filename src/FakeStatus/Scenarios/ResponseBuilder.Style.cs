using System;
using System.Collections.Generic;
using System.Net.Http;

namespace FakeStatus;

/// <content>Answering in a vendor's error shape.</content>
public sealed partial class ResponseBuilder
{
    /// <summary>
    /// A style that reads the request, rendered anew per call, with the names of its headers that no later call set or
    /// removed; null when the route's style is fixed or it has none.
    /// </summary>
    private (ErrorStyle Style, StyleOverrides? Overrides, byte[] Body, HeaderEntry[] Sample, HashSet<string> Headers)? _requestStyle;

    /// <summary>The route's template values for a request URI, for a style's <c>{{route.NAME}}</c>; null outside a route.</summary>
    internal Func<Uri, IReadOnlyDictionary<string, string>>? RouteValues { get; set; }

    /// <summary>
    /// Answers in the error shape of a vendor API: the style's body and content type, and its headers (<c>x-ms-error-code</c>,
    /// <c>x-amz-request-id</c>...) over the definition's (so <c>Retry-After</c> stays). Statuses below 400 that the style does
    /// not name, and bodiless ones, keep their canonical response. Call it before other <c>With*</c> calls: later ones change
    /// the result as usual.
    /// </summary>
    /// <param name="style">The style, e.g. <see cref="ErrorStyle.AzureStorage"/> or one loaded with <see cref="ErrorStyle.Load"/>.</param>
    /// <param name="errorCode">
    /// The vendor error code to send instead of the style's default for this status (the style's <c>code</c> field), e.g.
    /// <c>BlobNotFound</c>. Its message comes with it: the one the style lists for that code, else the style's default message.
    /// </param>
    /// <param name="message">The message to send instead of the style's default (the style's <c>message</c> field).</param>
    /// <exception cref="ArgumentNullException"><paramref name="style"/> is null.</exception>
    /// <exception cref="ArgumentException">The style has no <c>code</c> (or <c>message</c>) field to override, or a value has CR/LF.</exception>
    public ResponseBuilder WithErrorStyle(ErrorStyle style, string? errorCode = null, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(style);

        StyleOverrides? overrides = null;
        AddOverride(style, "code", errorCode, nameof(errorCode), ref overrides);
        AddOverride(style, "message", message, nameof(message), ref overrides);
        return ApplyStyle(style, overrides, nameof(errorCode));
    }

    /// <summary>
    /// Answers in the error shape of a vendor API, as <see cref="WithErrorStyle"/>, with any of
    /// the style's fields (<see cref="ErrorStyle.Fields"/>) set for this route: <c>code</c>, <c>message</c>, Google's
    /// <c>reason</c>, Twilio's <c>moreInfo</c>... A null value is the field's null (<c>null</c> in a JSON placeholder). Values
    /// are sent as written, not read as templates. Setting <c>code</c> brings that code's message as <c>errorCode</c> does.
    /// </summary>
    /// <param name="style">The style.</param>
    /// <param name="fields">Field name to value; an empty dictionary sends the style's defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="style"/> or <paramref name="fields"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A name is not one of the style's fields (the message lists them), a value has CR/LF, or a value makes the body invalid
    /// (a number field given text).
    /// </exception>
    public ResponseBuilder WithErrorStyleFields(ErrorStyle style, IReadOnlyDictionary<string, string?> fields)
    {
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(fields);

        StyleOverrides? overrides = null;
        foreach (KeyValuePair<string, string?> field in fields)
        {
            AddOverride(style, field.Key, field.Value, nameof(fields), ref overrides);
            if (field.Value is null)
            {
                overrides!.Fields[field.Key] = null;
            }
        }

        return ApplyStyle(style, overrides, nameof(fields));
    }

    private static void AddOverride(ErrorStyle style, string? field, string? value, string paramName, ref StyleOverrides? overrides)
    {
        if (field is null || !style.DefaultFields.ContainsKey(field))
        {
            if (value is null && paramName != "fields")
            {
                return;
            }

            throw new ArgumentException(
                $"The error style '{style.Name}' has no '{field}' field to set; its fields are: {(style.Fields.Count == 0 ? "none" : string.Join(", ", style.Fields))}.",
                paramName);
        }

        if (value is null)
        {
            overrides ??= new StyleOverrides();
            return;
        }

        if (StatusRules.HasLineBreak(value))
        {
            throw new ArgumentException($"The {field} '{StatusRules.Escape(value)}' contains CR or LF; it may be sent in a header.", paramName);
        }

        (overrides ??= new StyleOverrides()).Fields[field] = value;
    }

    private ResponseBuilder ApplyStyle(ErrorStyle style, StyleOverrides? overrides, string paramName)
    {
        if (!style.AppliesTo(_definition.Code, _definition.BodyAllowed))
        {
            return this;
        }

        if (overrides is not null && StyleChecks.Problem(style, _definition.Code, overrides) is (_, string problem))
        {
            throw new ArgumentException($"The values given for the error style '{style.Name}' do not fit it: {problem}", paramName);
        }

        StyledResponse styled = style.Render(_definition.Code, _reasonPhrase, overrides, StyleRequest.Sample);
        foreach (HeaderEntry header in styled.Headers)
        {
            RemoveHeader(header.Name);
            _headers.Add(header);
        }

        _bytes = styled.Body;
        _contentType = styled.ContentType;
        _bodyKind = BodyKind.Bytes;
        _requestStyle = style.ReadsRequest ? (style, overrides, styled.Body, styled.Headers, style.HeaderNames()) : null;
        return this;
    }

    /// <summary>
    /// For a style that reads the request: takes the body (unless a later call replaced it) and the style's headers (those no
    /// later call replaced or removed) out of the fixed response, and returns the per-call render that supplies them.
    /// </summary>
    private Func<HttpRequestMessage, DateTimeOffset, StyledResponse>? BindRequestStyle(ref byte[]? bytes, ref HeaderEntry[] headers)
    {
        if (_requestStyle is not { } bound)
        {
            return null;
        }

        bool styleBody = _bodyKind == BodyKind.Bytes && ReferenceEquals(_bytes, bound.Body);
        // The sample request's values stand in for the style's headers until a call renders them; later settings stay.
        var kept = new List<HeaderEntry>(headers.Length);
        foreach (HeaderEntry header in headers)
        {
            if (!Array.Exists(bound.Sample, h => ReferenceEquals(h.Value, header.Value) && string.Equals(h.Name, header.Name, StringComparison.OrdinalIgnoreCase)))
            {
                kept.Add(header);
            }
        }

        if (styleBody)
        {
            bytes = null;
        }

        headers = kept.ToArray();
        return bound.Style.Binder(_definition.Code, _reasonPhrase, bound.Overrides, RouteValues, styleBody, bound.Headers);
    }
}
