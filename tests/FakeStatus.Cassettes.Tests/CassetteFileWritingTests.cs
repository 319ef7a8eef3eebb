namespace FakeStatus.Cassettes.Tests;

/// <summary>How a recorder writes its cassette file: once per flush, atomically, and without losing another recorder's work.</summary>
public sealed class CassetteFileWritingTests
{
    private string _path = null!;

    [SetUp]
    public void SetUp() => _path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"writing-{Guid.NewGuid():N}.json");

    [TearDown]
    public void TearDown() => File.Delete(_path);

    [Test]
    public async Task Dispose_TwoRecordersOnOneCassetteAtOnce_KeepEveryInteractionOfBoth()
    {
        var first = new CassetteRecorder(Api(), _path);
        var second = new CassetteRecorder(Api(), _path);

        await Task.WhenAll(SendAsync(first, "a", 20), SendAsync(second, "b", 20));
        Task[] disposals = [Task.Run(first.Dispose), Task.Run(second.Dispose)];
        await Task.WhenAll(disposals);

        string[] urls = Cassette.Load(_path).Interactions.Select(i => i.Url).ToArray();
        urls.Should().HaveCount(40);
        urls.Should().BeEquivalentTo(Enumerable.Range(0, 20).SelectMany(n => new[] { $"https://api.test/a/{n}", $"https://api.test/b/{n}" }));
    }

    [Test]
    public async Task Flush_FileWrittenByAnotherRecorderMeanwhile_IsAddedTo()
    {
        using var mine = new CassetteRecorder(Api(), _path);
        using (var other = new CassetteRecorder(Api(), _path))
        {
            await SendAsync(other, "other", 2);
        }

        await SendAsync(mine, "mine", 1);
        mine.Flush();
        await SendAsync(mine, "mine-later", 1);
        mine.Flush();

        Cassette.Load(_path).Interactions.Select(i => i.Url).Should().Equal(
            "https://api.test/other/0", "https://api.test/other/1", "https://api.test/mine/0", "https://api.test/mine-later/0");
    }

    [Test]
    public async Task Flush_FileThatExistedBeforeTheRecorderAndWasNotWrittenSince_IsReplaced()
    {
        using (var old = new CassetteRecorder(Api(), _path))
        {
            await SendAsync(old, "old", 3);
        }

        using var fresh = new CassetteRecorder(Api(), _path);
        await SendAsync(fresh, "new", 1);
        fresh.Flush();

        Cassette.Load(_path).Interactions.Select(i => i.Url).Should().Equal("https://api.test/new/0");
    }

    [Test]
    public async Task Send_RecorderWithAPath_WritesNothingUntilFlushedOrDisposed()
    {
        var recorder = new CassetteRecorder(Api(), _path);

        await SendAsync(recorder, "x", 3);
        bool writtenBeforeDispose = File.Exists(_path);
        recorder.Dispose();

        writtenBeforeDispose.Should().BeFalse("a cassette is not rewritten after every exchange");
        Cassette.Load(_path).Interactions.Should().HaveCount(3);
    }

    [Test]
    public void Flush_RecorderWithoutAPath_ThrowsSayingToSave()
    {
        using var recorder = new CassetteRecorder(Api());

        Action flush = recorder.Flush;

        flush.Should().Throw<InvalidOperationException>().WithMessage("*without a path*Save(path)*");
    }

    [Test]
    public async Task Save_WhileAnotherThreadLoadsTheFile_TheReaderNeverSeesHalfACassette()
    {
        using var recorder = new CassetteRecorder(Api());
        await SendAsync(recorder, new string('x', 2000), 40);
        Cassette big = recorder.Cassette;
        big.Save(_path);
        using var done = new CancellationTokenSource();

        Task<int> reader = Task.Run(() =>
        {
            int reads = 0;
            while (!done.IsCancellationRequested)
            {
                Cassette.Load(_path).Interactions.Should().HaveCount(40);
                reads++;
            }

            return reads;
        });
        for (int i = 0; i < 100; i++)
        {
            big.Save(_path);
        }

        await done.CancelAsync();
        (await reader).Should().BePositive();
        Directory.GetFiles(Path.GetDirectoryName(_path)!).Where(f => f.StartsWith(_path + ".", StringComparison.Ordinal)).Should().BeEmpty("no temporary file is left beside the cassette");
    }

    // A recorder disposes its inner handler, so each recorder gets its own fake API.
    private static FakeStatusHandler Api()
    {
        var api = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
        api.When("*").Respond(200, r => r.WithBody("ok", "text/plain"));
        return api;
    }

    private static async Task SendAsync(CassetteRecorder recorder, string prefix, int count)
    {
        using var client = new HttpClient(recorder, disposeHandler: false);
        for (int n = 0; n < count; n++)
        {
            using HttpResponseMessage response = await client.GetAsync(new Uri($"https://api.test/{prefix}/{n}"));
        }
    }
}
