using System.Text;

namespace FakeStatus.Tests.Handler;

/// <summary>The request log keeps bounded bodies and says when it cut one; matching sees the whole body; messages decode only what they show.</summary>
public sealed class RecordedBodyCapTests
{
    [Test]
    public void MaxRecordedBodyBytes_Default_IsOneMebibyte()
    {
        new FakeStatusOptions().MaxRecordedBodyBytes.Should().Be(1024 * 1024).And.Be(FakeStatusOptions.DefaultMaxRecordedBodyBytes);
        FluentActions.Invoking(() => new FakeStatusOptions { MaxRecordedBodyBytes = -1 }).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("MaxRecordedBodyBytes must be 0 or more, or null to keep every body whole.*");
    }

    [Test]
    public async Task Send_BodyLongerThanTheCap_MatchesOnTheWholeBody_AndTheRecordKeepsItsStartAndLength()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { MaxRecordedBodyBytes = 16 });
        FakeRoute upload = handler.When(HttpMethod.Post, "/upload").ForBody(text => text.Length == 100 && text[^1] == 'z').Respond(201);
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        string body = new string('a', 99) + "z";

        using HttpResponseMessage response = await client.PostAsync("/upload", new StringContent(body));
        using HttpResponseMessage small = await client.PostAsync("/200", new StringContent("short"));

        ((int)response.StatusCode).Should().Be(201);
        handler.VerifyCalled(upload, 1);
        RecordedRequest record = handler.Requests[0];
        record.Body.ToArray().Should().Equal(Encoding.UTF8.GetBytes(new string('a', 16)));
        record.BodyLength.Should().Be(100);
        record.IsBodyTruncated.Should().BeTrue();
        handler.Requests[1].IsBodyTruncated.Should().BeFalse();
        handler.Requests[1].BodyLength.Should().Be(5);
        handler.Requests[1].BodyText.Should().Be("short");
    }

    [Test]
    public async Task VerifyNoUnmatchedRequests_CutBody_SaysTheWholeLengthAndThatTheRecordIsCut()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { MaxRecordedBodyBytes = 1000, UseUrlConventions = false });
        handler.When(HttpMethod.Post, "/other").Respond(200);
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        Func<Task> send = () => client.PostAsync("/upload", new StringContent(new string('b', 5000)));
        await send.Should().ThrowAsync<UnmatchedRequestException>();

        FluentActions.Invoking(handler.VerifyNoUnmatchedRequests).Should().Throw<FakeStatusVerificationException>()
            .WithMessage("*body: " + new string('b', 200) + "... (5000 bytes; the record keeps the first 1000, see FakeStatusOptions.MaxRecordedBodyBytes)*");
    }

#if NET8_0_OR_GREATER && !FAKESTATUS_NETSTANDARD
    [Test]
    public void Send_UnmatchedHugeBody_AllocatesLittleMoreThanTheBodyOnce()
    {
        const int Size = 32 * 1024 * 1024;
        using var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
        handler.When(HttpMethod.Post, "/json").ForJsonBody("{\"a\":1}").Respond(200);
        handler.When(HttpMethod.Post, "/form").ForFormField("a", "1").Respond(200);
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        byte[] payload = new byte[Size];
        payload.AsSpan().Fill((byte)'x');
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://fake.test/upload") { Content = new ByteArrayContent(payload) };

        long before = GC.GetAllocatedBytesForCurrentThread();
        Action send = () => invoker.Send(request, CancellationToken.None);
        send.Should().Throw<UnmatchedRequestException>().Which.Message.Should().Contain("... (33554432 bytes)");
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The body is read once for matching (32 MiB); the message decodes only its start, the record keeps 1 MiB.
        allocated.Should().BeLessThan(Size + (Size / 4), "an unmatched upload must not be decoded whole to print 200 characters");
    }
#endif
}
