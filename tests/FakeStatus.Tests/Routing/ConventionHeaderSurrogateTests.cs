using System.Text.Json;

namespace FakeStatus.Tests.Routing;

/// <summary>httpstat.us control headers whose value is not valid UTF-16 (an unpaired surrogate): the documented 400.</summary>
public sealed class ConventionHeaderSurrogateTests
{
    // Attribute arguments cannot hold an unpaired surrogate (metadata stores them as UTF-8), so the test builds the value.
    [TestCase("X-HttpStatus-Sleep", "", 0xD83D, "", TestName = "Send_SleepHeaderWithALoneHighSurrogate_Answers400")]
    [TestCase("X-HttpStatus-Sleep", "1", 0xDC00, "", TestName = "Send_SleepHeaderWithALoneLowSurrogate_Answers400")]
    [TestCase("X-HttpStatus-Response-X-Trace", "a", 0xD83D, "b", TestName = "Send_ResponseHeaderWithALoneSurrogate_Answers400")]
    public async Task Send_ControlHeaderWithAnUnpairedSurrogate_Answers400NamingTheHeader(string name, string before, int surrogate, string after)
    {
        string value = before + (char)surrogate + after;
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/200");
        request.Headers.TryAddWithoutValidation(name, value);

        using HttpResponseMessage response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("detail").GetString().Should().Be(
            $"{name}: the value holds an unpaired surrogate (U+{surrogate:X4} at index {before.Length}), which is not valid text; send a valid value.");
    }

    [Test]
    public async Task Send_ResponseHeaderWithAPairedSurrogate_IsEchoed()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/200");
        request.Headers.TryAddWithoutValidation("X-HttpStatus-Response-X-Trace", "a😀b");

        using HttpResponseMessage response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.NonValidated["X-Trace"].ToString().Should().Be("a😀b");
    }
}
