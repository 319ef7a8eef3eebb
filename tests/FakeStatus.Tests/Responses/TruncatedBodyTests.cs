using System.Text;

namespace FakeStatus.Tests.Responses;

/// <summary>What a body that ends early delivers before it fails: the exact first bytes, its headers, and the failure's words.</summary>
public sealed class TruncatedBodyTests
{
    private const string Body = "0123456789abcdefghij";

    [TestCase(0, "")]
    [TestCase(7, "0123456")]
    [TestCase(20, Body)]
    [TestCase(1000, Body)]   // more than the body holds: all of it, then the failure
    public async Task CopyTo_BodyEndingEarly_DeliversExactlyTheFirstBytesThenFails(int afterBytes, string delivered)
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        handler.When("/cut").Respond(200, r => r.WithBody(Body, "text/plain").WithBodyEndingEarly(afterBytes));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        using HttpResponseMessage response = await client.GetAsync("/cut", HttpCompletionOption.ResponseHeadersRead);
        using var received = new MemoryStream();

        Func<Task> copy = () => response.Content.CopyToAsync(received);

        Exception thrown = (await copy.Should().ThrowAsync<Exception>()).Which;
        Encoding.UTF8.GetString(received.ToArray()).Should().Be(delivered);
        Exception ended = thrown is IOException ? thrown : thrown.InnerException!;
#if FAKESTATUS_NETSTANDARD
        ended.Should().BeOfType<IOException>().Which.Message.Should().Be("The response ended prematurely.");
#else
        ended.Should().BeOfType<HttpIOException>().Which.Message.Should().Be("The response ended prematurely. (ResponseEnded)");
#endif
    }

    [Test]
    public async Task Headers_BodyEndingEarly_AnnounceTheFullBodyAndItsContentType()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        handler.When("/cut").Respond(200, r => r.WithBody(Body, "text/plain").WithBodyEndingEarly(5));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        using HttpResponseMessage response = await client.GetAsync("/cut", HttpCompletionOption.ResponseHeadersRead);

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        response.Content.Headers.ContentLength.Should().Be(Body.Length);
    }

    [Test]
    public void WithDelay_EachEndOfTheRange_IsAccepted()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());

        FluentActions.Invoking(() => handler.When("/now").Respond(200, r => r.WithDelay(TimeSpan.Zero))).Should().NotThrow();
        FluentActions.Invoking(() => handler.When("/hour").Respond(200, r => r.WithDelay(TimeSpan.FromHours(1)))).Should().NotThrow();
        FluentActions.Invoking(() => handler.When("/late").Respond(200, r => r.WithDelay(TimeSpan.FromHours(1) + TimeSpan.FromTicks(1))))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*from 00:00:00 to 01:00:00*");
    }
}
