using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Text.Json;

namespace FakeStatus;

/// <summary>
/// The body of one request, decoded at most once per view (text, JSON, form) however many routes look at it. Created only
/// when some route inspects bodies.
/// </summary>
internal sealed class RequestBody(byte[] bytes, string? mediaType)
{
    private const string FormMediaType = "application/x-www-form-urlencoded";
    private string? _text;
    private bool _jsonRead;
    private JsonElement _json;
    private string? _jsonError;
    private List<KeyValuePair<string, string>>? _form;

    public byte[] Bytes { get; } = bytes;

    public string? MediaType { get; } = mediaType;

    public string Text => _text ??= Encoding.UTF8.GetString(Bytes);

    public static RequestBody? Of(HttpRequestMessage request, byte[]? bytes) =>
        bytes is null ? null : new RequestBody(bytes, request.Content?.Headers.ContentType?.MediaType);

    /// <summary>The body parsed as JSON; false with the reason it cannot be compared (not JSON, or nested too deep).</summary>
    public bool TryGetJson(out JsonElement json, out string? error)
    {
        if (!_jsonRead)
        {
            try
            {
                using var document = JsonDocument.Parse(Bytes, JsonPattern.Reading);
                _json = document.RootElement.Clone();
            }
            catch (JsonException e)
            {
                _jsonError = Bytes.Length == 0 ? "body is not JSON: the body is empty"
                    : JsonText.IsTooDeep(Bytes) ? $"body is JSON nested deeper than {JsonPattern.MaxDepth} levels, more than a JSON body route compares"
                    : "body is not JSON: " + JsonText.Describe(e);
            }

            _jsonRead = true;
        }

        json = _json;
        error = _jsonError;
        return error is null;
    }

    /// <summary>The form fields, unescaped ('+' is a space); false when the Content-Type is not a form's.</summary>
    public bool TryGetForm(out List<KeyValuePair<string, string>> fields)
    {
        if (!string.Equals(MediaType, FormMediaType, StringComparison.OrdinalIgnoreCase))
        {
            fields = [];
            return false;
        }

        fields = _form ??= QueryString.Parse(Text);
        return true;
    }
}
