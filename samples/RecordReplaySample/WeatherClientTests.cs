using FakeStatus;
using FluentAssertions;
using NUnit.Framework;

namespace RecordReplaySample;

public sealed class WeatherClientTests
{
    [Test]
    public async Task GetForecastAsync_RecordedOnceThenReplayedWithTheServerStopped_ReadsTheSameForecast()
    {
        string cassette = Path.Combine(TestContext.CurrentContext.WorkDirectory, "weather.cassette.json");
        File.Delete(cassette);
        Uri api;

        // First run: no cassette yet, so requests go to the real API and are recorded.
        await using (WeatherServer server = await WeatherServer.StartAsync())
        {
            api = server.BaseAddress;
            // begin-snippet: record-replay
            using FakeStatusHandler handler = Cassette.ReplayOrRecord(cassette, new SocketsHttpHandler());
            var weather = new WeatherClient(handler.ToHttpClient(api));

            Forecast? forecast = await weather.GetForecastAsync("Lisbon", apiKey: "my-real-key");
            // The first run records into the cassette (the api_key value is written as ***); later runs replay it offline.
            // end-snippet
            forecast.Should().Be(new Forecast("Lisbon", 21, "Sunny"));
        }

        (await File.ReadAllTextAsync(cassette)).Should().Contain("api_key=***").And.NotContain("my-real-key");

        // Later runs: the cassette exists, so nothing leaves the process; the server is gone.
        using FakeStatusHandler offline = Cassette.ReplayOrRecord(cassette, new SocketsHttpHandler());
        Forecast? replayed = await new WeatherClient(offline.ToHttpClient(api)).GetForecastAsync("Lisbon", apiKey: "another-key");

        replayed.Should().Be(new Forecast("Lisbon", 21, "Sunny"));
    }

    [Test]
    public async Task GetForecastAsync_RecorderBehindRoutes_RecordsOnlyWhatNoRouteAnswers()
    {
        await using WeatherServer server = await WeatherServer.StartAsync();

        // begin-snippet: record-explicit
        using var recorder = new CassetteRecorder(new SocketsHttpHandler());
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.PassThrough(recorder) });
        handler.When("/forecast/Atlantis").Respond(404); // a route still answers first
        var weather = new WeatherClient(handler.ToHttpClient(server.BaseAddress));

        await weather.GetForecastAsync("Porto", apiKey: "k");
        recorder.Save(Path.Combine(TestContext.CurrentContext.WorkDirectory, "porto.cassette.json"));
        // end-snippet

        Func<Task> atlantis = () => weather.GetForecastAsync("Atlantis", apiKey: "k");
        await atlantis.Should().ThrowAsync<HttpRequestException>().Where(e => e.StatusCode == System.Net.HttpStatusCode.NotFound);
        recorder.Cassette.Interactions.Should().ContainSingle().Which.Url.Should().EndWith("/forecast/Porto?api_key=***");
    }
}
