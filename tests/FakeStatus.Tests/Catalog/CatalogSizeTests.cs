namespace FakeStatus.Tests.Catalog;

/// <summary>The size limit on a catalog (4 MiB), at its edge, from text and from a file.</summary>
public sealed class CatalogSizeTests
{
    private const int Limit = 4 * 1024 * 1024;

    [Test]
    public void Parse_ExactlyTheLimit_Loads() =>
        StatusCatalog.Parse(Padded(Limit)).Get("x", 200).ReasonPhrase.Should().Be("A");

    [Test]
    public void Parse_OneByteOverTheLimit_SaysTheSizeAndTheLimit() =>
        FluentActions.Invoking(() => StatusCatalog.Parse(Padded(Limit + 1), "big.json"))
            .Should().Throw<CatalogFormatException>()
            .Which.Message.Should().Be("big.json at $: the catalog is 4194305 bytes; a catalog may be at most 4194304 bytes.");

    [Test]
    public void Load_ExactlyTheLimit_Loads()
    {
        string path = Path.Combine(Path.GetTempPath(), $"fakestatus-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Padded(Limit));
        try
        {
            StatusCatalog.Load(path).Get("x", 200).ReasonPhrase.Should().Be("A");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Load_OneByteOverTheLimit_SaysTheFileSize()
    {
        string path = Path.Combine(Path.GetTempPath(), $"fakestatus-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Padded(Limit + 1));
        try
        {
            FluentActions.Invoking(() => StatusCatalog.Load(path))
                .Should().Throw<CatalogFormatException>()
                .Which.Message.Should().Be($"{path} at $: the file is 4194305 bytes; a catalog may be at most 4194304 bytes.");
        }
        finally
        {
            File.Delete(path);
        }
    }

    // A valid one-definition catalog, padded with trailing spaces (JSON whitespace) to exactly `bytes` ASCII bytes.
    private static string Padded(int bytes)
    {
        const string json = "{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\"}]}";
        return json + new string(' ', bytes - json.Length);
    }
}
