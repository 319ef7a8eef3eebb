using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FakeStatus;

/// <summary>
/// Reads an optional text field that a format treats as absent when it holds anything but a string (a HAR's statusText, a
/// cassette's reasonPhrase): such files come from many tools, and a field that is only a label should not refuse the file.
/// </summary>
internal sealed class OptionalTextConverter : JsonConverter<string?>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        reader.Skip();
        return null;
    }

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
