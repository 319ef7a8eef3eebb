namespace FakeStatus.Tool.Tests.Snippets;

/// <summary>One of the three codes whose snippets the issue asks to check, with what every framework must reproduce.</summary>
public sealed record SnippetCase(string Protocol, string Code, string Error, string Message, string? HeaderName, string? HeaderValue)
{
    public static readonly SnippetCase Smtp530 = new("smtp", "530", "server_error", "Authentication Required", null, null);
    public static readonly SnippetCase Http429 = new("http", "429", "client_error", "Too Many Requests", "Retry-After", "120");
    public static readonly SnippetCase Http418 = new("http", "418", "client_error", "I'm a teapot", null, null);

    public static IEnumerable<SnippetCase> All => [Smtp530, Http429, Http418];

    public static IEnumerable<TestCaseData> ForEveryFramework =>
        from c in All
        from f in new[] { "django", "flask", "fastapi", "express", "spring-boot", "go", "rails", "aspnetcore" }
        select new TestCaseData(c, f).SetArgDisplayNames(c.Protocol + c.Code, f);

    public static IEnumerable<TestCaseData> Cases => All.Select(c => new TestCaseData(c).SetArgDisplayNames(c.Protocol + c.Code));

    public bool HasHeader => HeaderName is not null;

    public Task<string> SnippetAsync(string framework) => ToolRun.SnippetAsync(Protocol, Code, framework);

    public override string ToString() => Protocol + " " + Code;
}
