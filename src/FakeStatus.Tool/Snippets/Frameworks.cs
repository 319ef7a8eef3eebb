using System;
using System.Collections.Generic;
using System.Linq;

namespace FakeStatus.Tool.Snippets;

/// <summary>The eight frameworks of the reference page, in its order, and the names <c>--framework</c> accepts.</summary>
internal static class Frameworks
{
    public static IReadOnlyList<Framework> All { get; } =
    [
        new("django", "Django", "python", PythonSnippets.Django),
        new("flask", "Flask", "python", PythonSnippets.Flask),
        new("fastapi", "FastAPI", "python", PythonSnippets.FastApi),
        new("express", "Express", "javascript", ExpressSnippet.Render),
        new("spring-boot", "Spring Boot", "java", SpringBootSnippet.Render),
        new("go", "Go net/http", "go", GoSnippet.Render),
        new("rails", "Ruby on Rails", "ruby", RailsSnippet.Render),
        new("aspnetcore", "ASP.NET Core", "csharp", AspNetCoreSnippet.Render),
    ];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["express.js"] = "express",
        ["expressjs"] = "express",
        ["spring"] = "spring-boot",
        ["springboot"] = "spring-boot",
        ["go-net-http"] = "go",
        ["net/http"] = "go",
        ["golang"] = "go",
        ["ruby-on-rails"] = "rails",
        ["asp.net-core"] = "aspnetcore",
        ["aspnet"] = "aspnetcore",
        ["asp.net"] = "aspnetcore",
    };

    public static Framework Find(string name)
    {
        string id = Aliases.TryGetValue(name, out string? alias) ? alias : name;
        return All.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.OrdinalIgnoreCase))
            ?? throw ToolException.Usage($"unknown framework '{name}': expected one of {string.Join(", ", All.Select(f => f.Id))}.");
    }
}

/// <summary>A web framework a reference page shows a snippet for.</summary>
/// <param name="Id">The name <c>--framework</c> takes, e.g. <c>flask</c>.</param>
/// <param name="Title">The display name, e.g. <c>Spring Boot</c>.</param>
/// <param name="Language">The Markdown fence language, e.g. <c>python</c>.</param>
/// <param name="Render">Writes the snippet returning a response.</param>
internal sealed record Framework(string Id, string Title, string Language, Func<SnippetResponse, string> Render);
