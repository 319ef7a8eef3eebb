using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Reliability.Tests.Properties;

/// <summary>Random route templates and random catalog JSON: accepted and working, or rejected with a message naming them.</summary>
public sealed class TemplateAndCatalogPropertyTests
{
    public const int TemplateCases = 20_000;
    public const int CatalogCases = 20_000;

    [Test]
    public void When_RandomTemplates_RegisterAndMatchTheirOwnPathOrThrowArgumentException()
    {
        var clock = new FakeTimeProvider();
        int registered = 0;
        PropertyRunner.Run(nameof(When_RandomTemplates_RegisterAndMatchTheirOwnPathOrThrowArgumentException), TemplateAndCatalogGen.Template, TemplateCases, input =>
        {
            using var handler = new FakeStatusHandler(new FakeStatusOptions { TimeProvider = clock, UseUrlConventions = false });
            try
            {
                handler.When(input.Template).Named("r").Respond(299);
            }
            catch (ArgumentException e)
            {
                input.Safe.Should().BeFalse("a template of plain segments is valid, yet: {0}", e.Message);
                Outcome.AssertDocumented(e, input.Template, typeof(ArgumentException));
                return;
            }

            registered++;
            string path = input.Template.Replace("{id}", "v1", StringComparison.Ordinal).Replace("{name}", "v2", StringComparison.Ordinal).Replace("*", "w", StringComparison.Ordinal);
            if (!Uri.TryCreate(path.Contains("://", StringComparison.Ordinal) ? path : "https://fake.test" + path, UriKind.Absolute, out Uri? uri))
            {
                return;
            }

            using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            Outcome outcome = Outcome.Of(invoker, clock, request);
            if (outcome.Error is not null)
            {
                Outcome.AssertDocumented(outcome.Error, $"GET {uri}", typeof(UnmatchedRequestException));
                input.Safe.Should().BeFalse("the route '{0}' must match its own path {1}", input.Template, uri);
                return;
            }

            using HttpResponseMessage response = outcome.Response!;
            ((int)response.StatusCode).Should().Be(299);
            handler.Requests.Single().Route!.Name.Should().Be("r");
        }, print: input => PropertyRunner.Shorten(input.Template) + (input.Safe ? " (safe)" : string.Empty));
        TestContext.Out.WriteLine($"  of which {registered:N0} registered");
    }

    [Test]
    public void Parse_MutatedCatalogs_LoadOrThrowCatalogFormatExceptionNamingTheSource()
    {
        int loaded = 0;
        PropertyRunner.Run(nameof(Parse_MutatedCatalogs_LoadOrThrowCatalogFormatExceptionNamingTheSource), TemplateAndCatalogGen.Catalog, CatalogCases, json =>
        {
            StatusCatalog registry;
            try
            {
                registry = StatusCatalog.Parse(json, "gen.json");
            }
            catch (CatalogFormatException e)
            {
                Outcome.AssertDocumented(e, "gen.json", typeof(CatalogFormatException));
                return;
            }

            loaded++;
            foreach (StatusDefinition definition in registry.All)
            {
                definition.ReasonPhrase.Should().NotContainAny("\r", "\n");
                definition.Headers.Values.Should().NotContain(v => v.Contains('\r', StringComparison.Ordinal) || v.Contains('\n', StringComparison.Ordinal));
                using var handler = new FakeStatusHandler(new FakeStatusOptions { Catalog = registry });
                handler.When("/x").Respond(definition);
            }
        });
        TestContext.Out.WriteLine($"  of which {loaded:N0} loaded");
    }
}
