using System.Reflection;
using System.Runtime.Loader;
using AngleSharp.Html.Dom;
using FakeStatus.Tool.Site;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FakeStatus.Site.Tests.Site;

/// <summary>
/// The ninth section of every page, compiled as the reader would paste it (one file each, against FakeStatus and NUnit) and
/// run: a snippet that does not compile, or asserts what the handler does not answer, fails here.
/// </summary>
public sealed class DotnetTestSnippetTests
{
    [Test]
    public async Task DotnetSnippets_EveryPage_CompileAndPass()
    {
        SiteEntry[] entries = StatusCatalog.Default.All.Select(SiteEntry.For).ToArray();
        string[] snippets = entries.Select(e => Snippet("en/" + e.File)).ToArray();
        entries.Select(e => Snippet("ko/" + e.File)).Should().Equal(snippets, "the code is the same in every language");

        Assembly compiled = Compile(snippets);
        Type[] tests = compiled.GetTypes().Where(t => t.IsPublic).ToArray();
        tests.Should().HaveCount(entries.Length, "each page's test class has its own name");

        foreach (Type type in tests)
        {
            MethodInfo test = type.GetMethods().Single(m => m.GetCustomAttribute<TestAttribute>() is not null);
            object instance = Activator.CreateInstance(type)!;
            await (Task)test.Invoke(instance, null)!;
        }
    }

    [Test]
    public void DotnetSnippet_Smtp530_AssertsTheSeedsStatusAndPhrase()
    {
        string snippet = Snippet("ko/smtp/530.html");

        snippet.Should().Contain("await client.GetAsync(\"/smtp/530\");")
            .And.Contain("Assert.That((int)response.StatusCode, Is.EqualTo(530));")
            .And.Contain("Assert.That(response.ReasonPhrase, Is.EqualTo(\"Authentication Required\"));");
    }

    [Test]
    public void DotnetSnippet_ConnectionTheServerCloses_ExpectsTheException()
    {
        // nginx 444 closes the connection: the handler throws as SocketsHttpHandler does, and the snippet expects that.
        Snippet("en/http/444.html").Should().Contain("Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(\"/http/444\"));")
            .And.NotContain("StatusCode");
    }

    private static string Snippet(string page)
    {
        IHtmlDocument document = GeneratedSite.Page(page);
        return document.GetElementById("dotnet-test")?.TextContent ?? throw new AssertionException("no .NET test on " + page);
    }

    private static Assembly Compile(IEnumerable<string> sources)
    {
        // Only what a test file like the snippet needs: reading every platform assembly would triple the compile time.
        string[] needed = ["System.Private.CoreLib.dll", "System.Runtime.dll", "netstandard.dll", "System.Net.Http.dll", "System.Net.Primitives.dll", "System.Private.Uri.dll"];
        string[] platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => needed.Contains(Path.GetFileName(path), StringComparer.OrdinalIgnoreCase))
            .ToArray();
        MetadataReference[] references = platform
            .Concat([typeof(FakeStatusHandler).Assembly.Location, typeof(Assert).Assembly.Location])
            .Distinct(StringComparer.Ordinal)
            .Select(path => MetadataReference.CreateFromFile(path))
            .ToArray();
        CSharpCompilation compilation = CSharpCompilation.Create(
            "PageSnippets",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest))),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(image);
        result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).Should().BeEmpty();
        image.Position = 0;
        return AssemblyLoadContext.Default.LoadFromStream(image);
    }
}
