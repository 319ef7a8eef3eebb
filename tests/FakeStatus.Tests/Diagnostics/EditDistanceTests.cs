namespace FakeStatus.Tests.Diagnostics;

/// <summary>The edit distance that ranks near misses and finds the word a tool user meant, and its cap for very long paths.</summary>
public sealed class EditDistanceTests
{
    [TestCase("", "", 0)]
    [TestCase("", "abc", 3)]
    [TestCase("abc", "", 3)]
    [TestCase("abc", "abc", 0)]
    [TestCase("kitten", "sitting", 3)]
    [TestCase("flaw", "lawn", 2)]
    [TestCase("/orders", "/orderz", 1)]
    [TestCase("/orders", "/order", 1)]
    [TestCase("/order", "/orders", 1)]
    [TestCase("ab", "ba", 1)]
    [TestCase("a", "b", 1)]
    [TestCase("--fromat", "--format", 1)]
    [TestCase("shwo", "show", 1)]
    [TestCase("/ordres", "/orders", 1)]
    [TestCase("lst", "list", 1)]
    [TestCase("abc", "xyz", 3)]
    [TestCase("abc", "ca", 3)]
    public void Between_CountsEditsAndASwapOfNeighboursAsOne(string a, string b, int expected)
    {
        EditDistance.Between(a, b).Should().Be(expected);
        EditDistance.Between(b, a).Should().Be(expected);
    }

    [Test]
    public void Between_PathsUpTo256Characters_AreComparedInFull()
    {
        string a = new('a', 256);
        string b = new string('a', 255) + "b";

        EditDistance.Between(a, b).Should().Be(1);
    }

    [Test]
    public void Between_LongerPaths_RankByLengthDifferenceAboveEveryFullComparison()
    {
        string longer = new('a', 257);

        EditDistance.Between(longer, new string('a', 250)).Should().Be(7 + 256);
        EditDistance.Between(new string('a', 250), longer).Should().Be(7 + 256);
        EditDistance.Between(longer, longer).Should().Be(256);
    }
}
