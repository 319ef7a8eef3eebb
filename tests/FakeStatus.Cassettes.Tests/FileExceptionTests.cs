namespace FakeStatus.Cassettes.Tests;

/// <summary>A test that reads several kinds of file can handle every bad one with one <c>catch</c>.</summary>
public sealed class FileExceptionTests
{
    [Test]
    public void BadCassetteAndBadHar_AreBothFakeStatusFileExceptions_NamingFileLocationAndProblem()
    {
        FakeStatusFileException cassette = Read(() => Cassette.Parse("{\"version\": 2, \"interactions\": []}", "bad.json"));
        FakeStatusFileException har = Read(() => HarArchive.Parse("{\"log\": {}}", "bad.har"));

        cassette.Should().BeOfType<CassetteFormatException>();
        cassette.Message.Should().Be($"bad.json at $.version: {cassette.Problem}");
        cassette.Problem.Should().Contain("version 2 is not supported");
        har.Should().BeOfType<HarFormatException>();
        har.Message.Should().Be($"bad.har at $.log.entries: {har.Problem}");
        har.Problem.Should().Contain("'entries' is missing");
    }

    [Test]
    public void FakeStatusFileException_IsAFormatException_SoACatchOfFormatExceptionStillHandlesIt()
    {
        Action load = () => Cassette.Parse("{", "bad.json");

        FakeStatusFileException error = load.Should().Throw<FormatException>().Which.Should().BeAssignableTo<FakeStatusFileException>().Which;
        (error.Location, error.LineNumber, error.BytePositionInLine).Should().Be(("$", 1L, 2L));
        error.Message.Should().Be($"bad.json at $ (line 1, byte 2): {error.Problem}");
    }

    private static FakeStatusFileException Read(Action read)
    {
        try
        {
            read();
        }
        catch (FakeStatusFileException e)
        {
            return e;
        }

        throw new AssertionException("the file was read without an error");
    }
}
