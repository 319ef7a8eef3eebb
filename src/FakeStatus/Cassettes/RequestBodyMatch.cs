using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;

namespace FakeStatus;

/// <summary>
/// The recorded request body a replayed request must carry: JSON compared ignoring key order and whitespace, anything else
/// byte for byte. Built only when the recording had a body, so body-less recordings still match any request.
/// </summary>
internal sealed class RequestBodyMatch
{
    private readonly bool _json;
    private readonly Func<byte[], string?, byte[]> _mask;

    private RequestBodyMatch(string key, bool json, Func<byte[], string?, byte[]> mask)
    {
        Key = key;
        _json = json;
        _mask = mask;
    }

    /// <summary>The comparable form: <c>json:</c> and the canonical JSON text, or <c>bytes:</c> and the base64 of the bytes.</summary>
    public string Key { get; }

    /// <summary>
    /// The match for a recorded body, or null when there is nothing to match (no body, or matching is off). Both bodies are
    /// compared after <paramref name="mask"/> (the cassette's secret fields masked), so a masked recording matches the request
    /// that made it, and a recording made before masking matches too.
    /// </summary>
    public static RequestBodyMatch? For(byte[] body, string? contentType, bool enabled, Func<byte[], string?, byte[]> mask)
    {
        if (!enabled || body.Length == 0)
        {
            return null;
        }

        bool json = contentType is not null && CultureInfo.InvariantCulture.CompareInfo.IndexOf(contentType, "json", CompareOptions.OrdinalIgnoreCase) >= 0;
        body = mask(body, contentType);
        return json && CanonicalJson(body) is string canonical
            ? new RequestBodyMatch(canonical, json: true, mask)
            : new RequestBodyMatch(BytesKey(body), json: false, mask);
    }

    /// <summary>Whether the request's body (already buffered by the handler) is the recorded one.</summary>
    public bool Matches(HttpRequestMessage request)
    {
        if (request.Content is null)
        {
            return false;
        }

        byte[] body = Masked(request.Content);
        return string.Equals(Key, _json ? CanonicalJson(body) : BytesKey(body), StringComparison.Ordinal);
    }

    /// <summary>What differs between the request's body and the recorded one, for a near-miss message.</summary>
    public string Difference(HttpRequestMessage request)
    {
        byte[] body = request.Content is null ? [] : Masked(request.Content);
        if (body.Length == 0)
        {
            return "the request has no body; the recording has one";
        }

        if (_json && CanonicalJson(body) is string got)
        {
            using JsonDocument recorded = JsonDocument.Parse(Key.Substring("json:".Length));
            using JsonDocument sent = JsonDocument.Parse(got.Substring("json:".Length));
            return "body " + (JsonDifference.First(recorded.RootElement, sent.RootElement, "$") ?? "differs");
        }

        return string.Format(CultureInfo.InvariantCulture, "body differs from the recorded one ({0} bytes recorded, {1} sent)", Convert.FromBase64String(Key.Substring("bytes:".Length)).Length, body.Length);
    }

    private byte[] Masked(HttpContent content) => _mask(Buffered(content), content.Headers.ContentType?.MediaType);

    private static string BytesKey(byte[] body) => "bytes:" + Convert.ToBase64String(body);

    /// <summary>The JSON with object properties sorted by name and no whitespace; null when the bytes are not JSON.</summary>
    private static string? CanonicalJson(byte[] body)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(body);
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                Write(document.RootElement, writer);
            }

            return "json:" + Encoding.UTF8.GetString(stream.ToArray());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Write(JsonElement element, Utf8JsonWriter writer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (JsonProperty property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    Write(property.Value, writer);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (JsonElement item in element.EnumerateArray())
                {
                    Write(item, writer);
                }

                writer.WriteEndArray();
                break;
            default:
                // Numbers keep their text: 1.0 and 1 are different bodies to a server that echoes them.
                element.WriteTo(writer);
                break;
        }
    }

    // The handler buffered the content before matching, so the task has already completed and reads the buffer again.
    private static byte[] Buffered(HttpContent content) => content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
}
