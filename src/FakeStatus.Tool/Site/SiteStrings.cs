using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;

namespace FakeStatus.Tool.Site;

/// <summary>
/// The interface strings of one site language, read from its resource file (<c>Site/Strings/{language}.json</c>, embedded), so a
/// third language is one more file. Every language has exactly the keys English has, checked when the files are read.
/// </summary>
internal sealed class SiteStrings
{
    private const string ResourcePrefix = "site-strings/";
    private const string ResourceSuffix = ".json";

    private static readonly Lazy<ImmutableArray<SiteStrings>> LazyAll = new(Load);

    private readonly IReadOnlyDictionary<string, string> _texts;

    private SiteStrings(string language, IReadOnlyDictionary<string, string> texts)
    {
        Language = language;
        _texts = texts;
    }

    /// <summary>Every language the tool ships, ordered by code (<c>en</c>, <c>ko</c>).</summary>
    public static ImmutableArray<SiteStrings> All => LazyAll.Value;

    /// <summary>The language code used in URLs and <c>&lt;html lang&gt;</c>, e.g. <c>ko</c>.</summary>
    public string Language { get; }

    /// <summary>The language's own name, for the language switch, e.g. <c>한국어</c>.</summary>
    public string Name => this["languageName"];

    public IEnumerable<string> Keys => _texts.Keys;

    public string this[string key] => _texts.TryGetValue(key, out string? text)
        ? text
        : throw new KeyNotFoundException($"the site language '{Language}' has no string '{key}'.");

    /// <summary>The string <paramref name="key"/> with each <c>{name}</c> replaced by its value.</summary>
    public string Format(string key, params (string Name, object Value)[] values)
    {
        string text = this[key];
        foreach ((string name, object value) in values)
        {
            text = text.Replace("{" + name + "}", Convert.ToString(value, CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return text;
    }

    private static ImmutableArray<SiteStrings> Load()
    {
        Assembly assembly = typeof(SiteStrings).Assembly;
        var languages = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new SiteStrings(n[ResourcePrefix.Length..^ResourceSuffix.Length], Read(assembly, n)))
            .ToImmutableArray();

        SiteStrings english = languages.Single(l => l.Language == "en");
        foreach (SiteStrings language in languages)
        {
            string[] missing = english.Keys.Except(language.Keys).Concat(language.Keys.Except(english.Keys)).ToArray();
            if (missing.Length > 0)
            {
                throw new InvalidOperationException(
                    $"the site strings of '{language.Language}' and 'en' differ in these keys: {string.Join(", ", missing)}.");
            }
        }

        return languages;
    }

    private static Dictionary<string, string> Read(Assembly assembly, string name)
    {
        using Stream stream = assembly.GetManifestResourceStream(name)!;
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException($"the site strings resource '{name}' is empty.");
    }
}
