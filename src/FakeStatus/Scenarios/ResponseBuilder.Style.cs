using System;
using System.Collections.Generic;

namespace FakeStatus;

/// <content>Answering in a vendor's error shape.</content>
public sealed partial class ResponseBuilder
{
    /// <summary>
    /// Answers in the error shape of a vendor API: the style's body and content type, and its headers (<c>x-ms-error-code</c>,
    /// <c>x-amz-request-id</c>...) over the definition's (so <c>Retry-After</c> stays). Statuses below 400 and bodiless ones
    /// keep their canonical response. Call it before other <c>With*</c> calls: later ones change the result as usual.
    /// </summary>
    /// <param name="style">The style, e.g. <see cref="ErrorStyle.AzureStorage"/> or one loaded with <see cref="ErrorStyle.FromFile"/>.</param>
    /// <param name="errorCode">The vendor error code to send instead of the style's default for this status (the style's <c>code</c> field), e.g. <c>BlobNotFound</c>.</param>
    /// <param name="message">The message to send instead of the style's default (the style's <c>message</c> field).</param>
    /// <exception cref="ArgumentNullException"><paramref name="style"/> is null.</exception>
    /// <exception cref="ArgumentException">The style has no <c>code</c> (or <c>message</c>) field to override, or a value has CR/LF.</exception>
    public ResponseBuilder WithErrorStyle(ErrorStyle style, string? errorCode = null, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(style);

        Dictionary<string, string>? overrides = null;
        AddOverride(style, "code", errorCode, nameof(errorCode), ref overrides);
        AddOverride(style, "message", message, nameof(message), ref overrides);
        if (!ErrorStyle.Applies(_definition.Code, _definition.BodyAllowed))
        {
            return this;
        }

        StyledResponse styled = style.Render(_definition.Code, _reasonPhrase, overrides);
        foreach (HeaderEntry header in styled.Headers)
        {
            RemoveHeader(header.Name);
            _headers.Add(new KeyValuePair<string, string>(header.Name, header.Value));
        }

        _bytes = styled.Body;
        _contentType = styled.ContentType;
        _bodyKind = BodyKind.Bytes;
        return this;
    }

    private static void AddOverride(ErrorStyle style, string field, string? value, string paramName, ref Dictionary<string, string>? overrides)
    {
        if (value is null)
        {
            return;
        }

        if (!style.DefaultFields.ContainsKey(field))
        {
            throw new ArgumentException(
                $"The error style '{style.Name}' has no '{field}' field to set; its fields are: {(style.Fields.Count == 0 ? "none" : string.Join(", ", style.Fields))}.",
                paramName);
        }

        if (StatusRules.HasLineBreak(value))
        {
            throw new ArgumentException($"The {field} '{StatusRules.Escape(value)}' contains CR or LF; it may be sent in a header.", paramName);
        }

        (overrides ??= new Dictionary<string, string>(StringComparer.Ordinal))[field] = value;
    }
}
