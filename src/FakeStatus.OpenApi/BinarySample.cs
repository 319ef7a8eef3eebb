using System;
using Microsoft.OpenApi;

namespace FakeStatus.OpenApi;

/// <summary>
/// The body for a schema of raw bytes (<c>type: string, format: binary</c>, or OpenAPI 3.1's <c>contentMediaType</c>): a
/// small valid file of the media type where one is known (a 1x1 PNG for <c>image/png</c>), else a few bytes.
/// </summary>
internal static class BinarySample
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
    private static readonly byte[] Gif = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
    private static readonly byte[] Pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
    private static readonly byte[] Zip = [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    private static readonly byte[] Bytes = [0x00, 0x01, 0x02, 0x03, 0xFC, 0xFD, 0xFE, 0xFF];

    public static bool IsBinary(IOpenApiSchema? schema) =>
        schema is not null && schema.Type is JsonSchemaType type && (type & JsonSchemaType.String) == JsonSchemaType.String &&
        (schema.Format == "binary" || schema.UnrecognizedKeywords?.ContainsKey("contentMediaType") == true);

    public static byte[] For(string mediaType)
    {
        string type = mediaType.Split(';')[0].Trim();
        byte[] sample = type.ToUpperInvariant() switch
        {
            "IMAGE/PNG" => Png,
            "IMAGE/GIF" => Gif,
            "APPLICATION/PDF" => Pdf,
            "APPLICATION/ZIP" => Zip,
            _ => Bytes,
        };

        return (byte[])sample.Clone();
    }
}
