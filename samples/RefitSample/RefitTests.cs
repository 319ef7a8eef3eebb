using System.Net;
using FakeStatus;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Refit;

namespace RefitSample;

public sealed class RefitTests
{
    [Test]
    public async Task SendAsync_Smtp530_SurfacesApiExceptionWithStatusAndReason()
    {
        // begin-snippet: refit
        using var handler = new FakeStatusHandler();
        IMailApi mail = RestService.For<IMailApi>(handler.ToHttpClient(new Uri("https://mail.test")));

        Func<Task> send = () => mail.SendAsync(new MailMessage("ops@example.com", "Report"));

        ApiException error = (await send.Should().ThrowAsync<ApiException>()).Which;
        // error.StatusCode == (HttpStatusCode)530, error.ReasonPhrase == "Authentication Required"
        // end-snippet
        ((int)error.StatusCode).Should().Be(530);
        error.ReasonPhrase.Should().Be("Authentication Required");
        error.Content.Should().Be("{\"error\": \"server_error\", \"message\": \"Authentication Required\"}");
        handler.Requests.Single().BodyText.Should().Contain("ops@example.com");
    }

    [Test]
    public async Task SendAsync_ThroughHttpClientFactory_SurfacesTheSame530()
    {
        var services = new ServiceCollection();
        services.AddRefitGeneratedClient<IMailApi>()
            .ConfigureHttpClient(c => c.BaseAddress = new Uri("https://mail.test"))
            .UseFakeStatus();
        using ServiceProvider provider = services.BuildServiceProvider();
        IMailApi mail = provider.GetRequiredService<IMailApi>();

        Func<Task> send = () => mail.SendAsync(new MailMessage("ops@example.com", "Report"));

        ApiException error = (await send.Should().ThrowAsync<ApiException>()).Which;
        error.StatusCode.Should().Be((HttpStatusCode)530);
        error.ReasonPhrase.Should().Be("Authentication Required");
    }

    [Test]
    public async Task SendAcceptedAsync_202_CompletesWithoutError()
    {
        using var handler = new FakeStatusHandler();
        IMailApi mail = RestService.For<IMailApi>(handler.ToHttpClient(new Uri("https://mail.test")));

        await mail.SendAcceptedAsync(new MailMessage("ops@example.com", "Report"));

        handler.Requests.Single().StatusCode.Should().Be(202);
    }
}
