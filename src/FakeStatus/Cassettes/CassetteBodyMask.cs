using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FakeStatus;

/// <summary>
/// Masks the secret fields of a JSON or form body before it is written to a cassette, and of a request's body before it is
/// compared with a recorded one, so a masked recording still matches the request that made it. The mask keeps the body
/// what it was (valid JSON, a form); any other body, and one with nothing secret in it, is kept byte for byte.
/// </summary>
internal static class CassetteBodyMask
{
    // Deep enough for any real body; a deeper one is not parsed, so it cannot be masked field by field and is kept whole.
    private const int MaxDepth = 1000;

    /// <summary><paramref name="body"/> with the value of each field <paramref name="isSecret"/> names written as <paramref name="mask"/>.</summary>
    public static byte[] Mask(byte[] body, string? contentType, Func<string, bool> isSecret, string mask)
    {
        if (body.Length == 0 || contentType is null)
        {
            return body;
        }

        if (Contains(contentType, "json"))
        {
            return MaskJson(body, isSecret, mask);
        }

        if (Contains(contentType, "x-www-form-urlencoded"))
        {
            if (!CassetteBody.TryText(body, out string? form))
            {
                return body;
            }

            string masked = Secrets.MaskPairs(form, isSecret, _ => mask);
            return string.Equals(masked, form, StringComparison.Ordinal) ? body : Encoding.UTF8.GetBytes(masked);
        }

        return body;
    }

    private static byte[] MaskJson(byte[] body, Func<string, bool> isSecret, string mask)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException)
        {
            return body;
        }

        return MaskNode(root, isSecret, mask) ? Encoding.UTF8.GetBytes(root!.ToJsonString()) : body;
    }

    // A secret name's scalar value becomes the mask; inside an object or array under a secret name each name is judged on its own.
    private static bool MaskNode(JsonNode? node, Func<string, bool> isSecret, string mask)
    {
        bool changed = false;
        if (node is JsonObject obj)
        {
            foreach (string name in obj.Select(p => p.Key).ToArray())
            {
                JsonNode? value = obj[name];
                if (value is JsonValue && isSecret(name))
                {
                    obj[name] = mask;
                    changed = true;
                }
                else
                {
                    changed |= MaskNode(value, isSecret, mask);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (JsonNode? item in array)
            {
                changed |= MaskNode(item, isSecret, mask);
            }
        }

        return changed;
    }

    private static bool Contains(string text, string part) =>
        CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, part, CompareOptions.OrdinalIgnoreCase) >= 0;
}
