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
}
