namespace FakeStatus.Tests.Routing;

/// <summary>The literal routes' hash table: every path found exactly, through growth and shared hash buckets, and nothing else.</summary>
public sealed class LiteralRoutesTests
{
    [Test]
    public void Find_AfterManyPathsWereAdded_FindsEachOwnEntryAndNoOther()
    {
        var table = new LiteralRoutes();
        var entries = new Dictionary<string, object>();
        for (int i = 0; i < 5_000; i++)
        {
            string path = "/r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var entry = new object();
            entries[path] = entry;
            table.Set(path, entry);
        }

        foreach (KeyValuePair<string, object> pair in entries)
        {
            table.Find(pair.Key.AsSpan()).Should().BeSameAs(pair.Value, pair.Key);
        }

        table.Find("/r5000".AsSpan()).Should().BeNull();
        table.Find("/r".AsSpan()).Should().BeNull();
        table.Find("/R1".AsSpan()).Should().BeNull("paths compare ordinally");
        table.Find(string.Empty.AsSpan()).Should().BeNull();
    }

    [Test]
    public void Set_OnAPathAlreadyThere_ReplacesItsEntryAndKeepsTheOthers()
    {
        var table = new LiteralRoutes();
        object first = new(), second = new(), other = new();
        table.Set("/orders", first);
        table.Set("/users", other);

        table.Set("/orders", second);

        table.Get("/orders").Should().BeSameAs(second);
        table.Get("/users").Should().BeSameAs(other);
    }

    // Two paths whose hashes are equal in all 32 bits (FNV-1a of their characters), so one probes past the other's slot.
    private const string Colliding = "/orders/2hnhrw";
    private const string CollidingToo = "/orders/l856yo";

    // A path whose FNV-1a hash is 0, the value that marks an empty slot.
    private const string HashZero = "/zero/qj62ei0";

    [Test]
    public void Set_EachPathSetThreeTimesWhileTheTableGrows_FindsTheLastEntryOfEach()
    {
        var table = new LiteralRoutes();
        var last = new Dictionary<string, object>();
        for (int i = 0; i < 300; i++)
        {
            string path = "/s" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            table.Set(path, new object());
            table.Set(path, new object());
            last[path] = new object();
            table.Set(path, last[path]);
        }

        foreach (KeyValuePair<string, object> pair in last)
        {
            table.Get(pair.Key).Should().BeSameAs(pair.Value, pair.Key);
        }
    }

    [Test]
    public async Task Match_TwoPathsWithTheSameHash_EachAnswersItsOwnRoute()
    {
        using var handler = Handler();
        handler.When(Colliding).Respond(201);
        handler.When(CollidingToo).Respond(202);

        (await StatusOf(handler, Colliding)).Should().Be(201);
        (await StatusOf(handler, CollidingToo)).Should().Be(202);

        handler.When(CollidingToo).Respond(203);

        (await StatusOf(handler, Colliding)).Should().Be(201, "registering on one path leaves the path with the same hash alone");
        (await StatusOf(handler, CollidingToo)).Should().Be(203, "the most recently registered route of a path answers");
    }

    [Test]
    public void Set_TwoPathsWithTheSameHash_KeepsEachEntry()
    {
        var table = new LiteralRoutes();
        object first = new(), second = new(), replaced = new();
        table.Set(Colliding, first);
        table.Set(CollidingToo, second);
        table.Get(Colliding).Should().BeSameAs(first);
        table.Get(CollidingToo).Should().BeSameAs(second);

        table.Set(CollidingToo, replaced);

        table.Get(Colliding).Should().BeSameAs(first);
        table.Get(CollidingToo).Should().BeSameAs(replaced);
    }

    [Test]
    public async Task Match_PathWhoseHashIsZero_AnswersLikeAnyOtherBeforeAndAfterGrowth()
    {
        using var handler = Handler();
        handler.When(HashZero).Respond(201);
        handler.When("/other").Respond(202);

        (await StatusOf(handler, HashZero)).Should().Be(201);
        (await StatusOf(handler, "/other")).Should().Be(202);

        for (int i = 0; i < 100; i++)
        {
            handler.When("/bulk/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Respond(200);
        }

        (await StatusOf(handler, HashZero)).Should().Be(201);
        (await StatusOf(handler, "/other")).Should().Be(202);
        (await StatusOf(handler, "/bulk/99")).Should().Be(200);
    }

    [Test]
    public async Task Match_PathsThatDifferInCaseOrOneCharacter_EachAnswersItsOwnRoute()
    {
        using var handler = Handler();
        handler.When("/orders").Respond(201);
        handler.When("/Orders").Respond(202);
        handler.When("/orderz").Respond(203);
        handler.When("/orders1").Respond(204);

        (await StatusOf(handler, "/orders")).Should().Be(201);
        (await StatusOf(handler, "/Orders")).Should().Be(202);
        (await StatusOf(handler, "/orderz")).Should().Be(203);
        (await StatusOf(handler, "/orders1")).Should().Be(204);
        (await StatusOf(handler, "/ORDERS")).Should().Be(404);
        (await StatusOf(handler, "/order")).Should().Be(404);
    }

    [Test]
    public async Task Match_EveryCountOfPathsUpToSeveralGrowths_FindsEachOwnRoute()
    {
        // Each count checks the table at one fill: just below, at and just past each point where it doubles.
        using var handler = Handler();
        var paths = new List<string>();
        for (int i = 0; i < 100; i++)
        {
            string path = "/p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            handler.When(path).Respond(200 + (i % 8));
            paths.Add(path);
            for (int j = 0; j <= i; j++)
            {
                (await StatusOf(handler, paths[j])).Should().Be(200 + (j % 8), paths[j] + " after " + (i + 1) + " paths");
            }

            (await StatusOf(handler, "/p" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))).Should().Be(404);
        }
    }

    [Test]
    public async Task Match_RoutesRegisteredWhileRequestsRunOnOtherThreads_EveryRequestFindsItsRoute()
    {
        using var handler = Handler();
        handler.When("/first").Respond(201);
        handler.When(Colliding).Respond(202);
        int registered = 0;
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            int requests = 0;
            while (Volatile.Read(ref registered) == 0 || requests < 50)
            {
                (await StatusOf(handler, "/first")).Should().Be(201);
                (await StatusOf(handler, Colliding)).Should().Be(202);
                requests++;
            }
        })).ToList();

        for (int i = 0; i < 3_000; i++)
        {
            handler.When("/many/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Respond(203);
        }

        handler.When(CollidingToo).Respond(204);
        Volatile.Write(ref registered, 1);
        await Task.WhenAll(readers);

        (await StatusOf(handler, "/many/2999")).Should().Be(203);
        (await StatusOf(handler, CollidingToo)).Should().Be(204);
        (await StatusOf(handler, Colliding)).Should().Be(202);
    }

    private static FakeStatusHandler Handler() =>
        new(new FakeStatusOptions { UseUrlConventions = false, Unmatched = UnmatchedPolicy.Respond(404) });

    private static async Task<int> StatusOf(FakeStatusHandler handler, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("https://api.test" + path));
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        using HttpResponseMessage response = await invoker.SendAsync(request, CancellationToken.None);
        return (int)response.StatusCode;
    }
}
