using System.Text.Json;

namespace FakeStatus.Tests.Scenarios;

/// <summary>Body builders at their edges: own JSON options, a seekable stream body with its type, and arguments refused up front.</summary>
public sealed class BodyBuilderEdgeTests
{
    [Test]
    public async Task WithJsonBody_OwnOptions_AreUsedInsteadOfTheWebDefaults()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/web").Respond(200, r => r.WithJsonBody(new { OrderId = 7 }));
        handler.When("/own").Respond(200, r => r.WithJsonBody(new { OrderId = 7 }, new JsonSerializerOptions()));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        (await client.GetStringAsync("/web")).Should().Be("{\"orderId\":7}");
        (await client.GetStringAsync("/own")).Should().Be("{\"OrderId\":7}");
    }

    [Test]
    public async Task WithStreamBody_Seekable_SendsTheStreamAsItIsWithItsContentType()
    {
        var inner = new MemoryStream("chunk"u8.ToArray());
        using var handler = new FakeStatusHandler();
        handler.When("/stream").Respond(200, r => r.WithStreamBody(() => inner, "text/csv"));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        using HttpResponseMessage response = await client.GetAsync("/stream", HttpCompletionOption.ResponseHeadersRead);

        Stream stream = await response.Content.ReadAsStreamAsync();

        stream.CanSeek.Should().BeTrue();
        stream.Length.Should().Be(5);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/csv");
    }

    [Test]
    public void WithStreamBody_NullFactory_IsRefusedWhenConfigured()
    {
        using var handler = new FakeStatusHandler();

        FluentActions.Invoking(() => handler.When("/stream").Respond(200, r => r.WithStreamBody(null!, "text/plain")))
            .Should().Throw<ArgumentNullException>().WithParameterName("streamFactory");
    }

    [TestCase("")]
    [TestCase(null)]
    public void WithBody_NoContentType_IsRefusedWithAnExample(string? contentType)
    {
        using var handler = new FakeStatusHandler();

        FluentActions.Invoking(() => handler.When("/x").Respond(200, r => r.WithBody("x", contentType!)))
            .Should().Throw<ArgumentException>()
            .WithMessage("A content type is required, e.g. 'application/json'.*")
            .Which.ParamName.Should().Be("contentType");
    }

#if !FAKESTATUS_NETSTANDARD // Trailing headers exist from .NET 5 only.
    [Test]
    public void WithTrailingHeader_InvalidName_IsRefusedNamingTheParameter()
    {
        using var handler = new FakeStatusHandler();

        FluentActions.Invoking(() => handler.When("/x").Respond(200, r => r.WithTrailingHeader("Bad Name", "v")))
            .Should().Throw<ArgumentException>()
            .Which.ParamName.Should().Be("name");
    }
#endif
}
