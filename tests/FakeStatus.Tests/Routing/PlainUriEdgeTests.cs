namespace FakeStatus.Tests.Routing;

/// <summary>The URIs at the edges of the in-place reader: a reshaped authority, escaped query text, other schemes, every plain character.</summary>
public sealed class PlainUriEdgeTests
{
    [TestCase("https://fake.test#x/smtp/530", TestName = "TrySplit_FragmentInTheAuthority_Declines")]
    [TestCase("https://fake.test/530?q=caf\u00e9", TestName = "TrySplit_NonAsciiInTheQuery_Declines")]
    [TestCase("https://fake.test/530?q=a^b", TestName = "TrySplit_CaretInTheQuery_Declines")]
    [TestCase("mailto:someone?subject=hi", TestName = "TrySplit_MailtoWithAQuery_Declines")]
    public void TrySplit_UriThatUriReadsDifferently_Declines(string text) =>
        PlainUri.TrySplit(new Uri(text), out _, out _).Should().BeFalse();

    [Test]
    public void AbsolutePath_FragmentInTheAuthority_IsTheRootNotTheTextAfterTheNextSlash() =>
        new Uri("https://fake.test#x/smtp/530").AbsolutePath.Should().Be("/", "this is why the reader declines such a URI");

    [Test]
    public void TrySplit_EveryPlainCharacterAtItsRangeEdges_ReadsWhatUriWouldGive()
    {
        var uri = new Uri("https://fake.test/AZaz09/Zz-9_~?A=Z&z=0&n=9");

        PlainUri.TrySplit(uri, out ReadOnlyMemory<char> path, out ReadOnlyMemory<char> query).Should().BeTrue();

        path.ToString().Should().Be("/AZaz09/Zz-9_~").And.Be(uri.AbsolutePath);
        query.ToString().Should().Be("?A=Z&z=0&n=9").And.Be(uri.Query);
    }
}
