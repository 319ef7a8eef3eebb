using System;
using System.Security;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace FakeStatus;

/// <summary>Escaping and parsing by <see cref="StyleBodyFormat"/>.</summary>
internal static class StyleBodyFormats
{
    /// <summary><c>application/json</c>, <c>application/problem+json</c>, <c>application/x-amz-json-1.1</c> are JSON; <c>*/xml</c>, <c>*+xml</c> XML.</summary>
    public static StyleBodyFormat FromContentType(string contentType)
    {
        string mediaType = contentType.Split(';')[0].Trim();
        if (mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase) || mediaType.Contains("json-", StringComparison.OrdinalIgnoreCase))
        {
            return StyleBodyFormat.Json;
        }

        return mediaType.EndsWith("xml", StringComparison.OrdinalIgnoreCase) ? StyleBodyFormat.Xml : StyleBodyFormat.Text;
    }

    public static Func<string, string> Escaper(StyleBodyFormat format) => format switch
    {
        StyleBodyFormat.Json => CanonicalBody.Escape,
        StyleBodyFormat.Xml => value => SecurityElement.Escape(value) ?? string.Empty,
        _ => value => value,
    };

    /// <summary>Returns why <paramref name="body"/> is not valid <paramref name="format"/>, or null when it parses.</summary>
    public static string? ParseProblem(StyleBodyFormat format, string body)
    {
        try
        {
            switch (format)
            {
                case StyleBodyFormat.Json:
                    using (JsonDocument.Parse(body))
                    {
                    }

                    break;
                case StyleBodyFormat.Xml:
                    XDocument.Parse(body);
                    break;
            }

            return null;
        }
        catch (JsonException e)
        {
            return "it is not valid JSON: " + e.Message;
        }
        catch (XmlException e)
        {
            return "it is not valid XML: " + e.Message;
        }
    }
}
