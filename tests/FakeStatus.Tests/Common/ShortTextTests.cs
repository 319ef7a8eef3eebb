namespace FakeStatus.Tests.Common;

/// <summary>The one rule messages cut long values by: a stated number of characters, then "...", never inside a surrogate pair.</summary>
public sealed class ShortTextTests
{
    [TestCase("abc", 5, "abc")]
    [TestCase("abcde", 5, "abcde")]
    [TestCase("abcdef", 5, "abcde...")]
    [TestCase("abcd\uD83D\uDE00f", 5, "abcd...")]
    [TestCase("abc\uD83D\uDE00f", 5, "abc\uD83D\uDE00...")]
    [TestCase("abc", 0, "...")]
    [TestCase("", 0, "")]
    public void Cut_KeepsAtMostMaxCharactersAndNeverHalfACharacter(string text, int max, string expected) =>
        ShortText.Cut(text, max).Should().Be(expected);

    // A lone surrogate cannot be an attribute argument (metadata stores those as UTF-8), so these strings are built here.
    [Test]
    public void Cut_LoneSurrogateAtTheCut_IsKeptOrCutAsAnyOtherCharacter()
    {
        ShortText.Cut("abcd" + '\uD83D' + "xy", 5).Should().Be("abcd" + '\uD83D' + "...");
        ShortText.Cut("abcde" + '\uDE00' + "f", 5).Should().Be("abcde...");
    }

    [TestCase("abcdef", 5, "abcde")]
    [TestCase("abcd\uD83D\uDE00", 5, "abcd")]
    [TestCase("abcd\uD83D\uDE00", 6, "abcd\uD83D\uDE00")]
    public void Start_IsTheCutWithoutItsMark(string text, int max, string expected) =>
        ShortText.Start(text, max).Should().Be(expected);
}
