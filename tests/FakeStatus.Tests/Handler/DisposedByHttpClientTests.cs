namespace FakeStatus.Tests.Handler;

/// <summary>
/// <c>new HttpClient(handler)</c> owns the handler and disposes it with the client; reusing the handler afterwards must say so
/// and name the two ways to keep it.
/// </summary>
public sealed class DisposedByHttpClientTests
{
    [Test]
    public async Task SendAsync_AfterNewHttpClientDisposedTheHandler_MessageNamesTheCauseAndTheFix()
    {
        var handler = new FakeStatusHandler();
        using (var first = new HttpClient(handler) { BaseAddress = new Uri("https://fake.test") })
        {
            (await first.GetAsync("/200")).Dispose();
        }

        using var second = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri("https://fake.test") };
        Func<Task> reuse = () => second.GetAsync("/200");

        (await reuse.Should().ThrowAsync<ObjectDisposedException>())
            .WithMessage("*new HttpClient(handler)*disposed the handler*")
            .WithMessage("*handler.ToHttpClient()*")
            .WithMessage("*disposeHandler: false*");
    }

    [Test]
    public void When_AfterNewHttpClientDisposedTheHandler_SameMessage()
    {
        var handler = new FakeStatusHandler();
        new HttpClient(handler).Dispose();

        FluentActions.Invoking(() => handler.When("/x")).Should().Throw<ObjectDisposedException>()
            .WithMessage("*new HttpClient(handler)*handler.ToHttpClient()*disposeHandler: false*");
    }
}
