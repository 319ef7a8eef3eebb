using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace FakeStatus;

/// <summary>The styles embedded in the assembly (<c>Styles/Data/*.json</c>), loaded and checked once on first use.</summary>
internal static class BuiltInStyles
{
    public static readonly string[] Names =
        ["azure-rest", "azure-storage", "azure-tables", "aws-s3", "aws-json", "aws-sqs", "google", "openai", "stripe", "github", "problem-details", "twilio", "anthropic", "graph"];

    private static readonly Lazy<ErrorStyle[]> Loaded = new(() => Names.Select(Load).ToArray());

    public static IReadOnlyList<ErrorStyle> All => Loaded.Value;

    public static ErrorStyle Get(string name) => Find(name) ?? throw new InvalidOperationException($"The built-in style '{name}' is missing from the assembly.");

    public static ErrorStyle? Find(string? name)
    {
        foreach (ErrorStyle style in Loaded.Value)
        {
            if (string.Equals(style.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return style;
            }
        }

        return null;
    }

    private static ErrorStyle Load(string name)
    {
        string resource = "FakeStatus.Styles." + name + ".json";
        using Stream stream = typeof(BuiltInStyles).GetTypeInfo().Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded style '{resource}' is missing.");
        using var reader = new StreamReader(stream);
        return StyleLoader.Load(reader.ReadToEnd(), name + ".json");
    }
}
