using FakeStatus.Tool.Snippets;

namespace FakeStatus.Tool.Tests.Snippets;

[TestFixture]
public sealed class LiteralTests
{
    private const string Awkward = "I'm \"quoted\" \\ #{x}\tend";

    [Test]
    public void Literals_AwkwardValue_DecodeBackToItInEveryLanguage()
    {
        SourceScanner.Python.Literals(Literal.Python(Awkward)).Should().Equal(Awkward);
        SourceScanner.JavaScript.Literals(Literal.JavaScript(Awkward)).Should().Equal(Awkward);
        SourceScanner.Java.Literals(Literal.Java(Awkward)).Should().Equal(Awkward);
        SourceScanner.Go.Literals(Literal.Go(Awkward)).Should().Equal(Awkward);
        SourceScanner.Ruby.Literals(Literal.Ruby(Awkward)).Should().Equal(Awkward);
        SourceScanner.CSharp.Literals(Literal.CSharp(Awkward)).Should().Equal(Awkward);
    }

    [Test]
    public void Ruby_Hash_IsEscapedSoItCannotInterpolate()
    {
        Literal.Ruby("#{system('x')}").Should().Be("\"\\#{system('x')}\"");
    }

    [Test]
    public void JavaScript_Apostrophe_IsEscapedInsideSingleQuotes()
    {
        Literal.JavaScript("I'm a teapot").Should().Be("'I\\'m a teapot'");
    }

    [Test]
    public void Java_ControlCharacter_UsesOctalNotUnicodeEscape()
    {
        // Java decodes backslash-u before lexing, so a unicode-escaped control would break the literal.
        Literal.Java("a\u0001b").Should().Be("\"a\\001b\"");
    }
}
