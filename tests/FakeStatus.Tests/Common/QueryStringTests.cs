namespace FakeStatus.Tests.Common;

/// <summary>How a query string splits into pairs: escapes, '+', missing values and empty items.</summary>
public sealed class QueryStringTests
{
    [TestCase("", "")]
    [TestCase("?", "")]
    [TestCase("?a=1&b=2", "a=1;b=2")]
    [TestCase("a=1", "a=1")]
    [TestCase("?flag", "flag=")]
    [TestCase("?a=", "a=")]
    [TestCase("?=v", "=v")]
    [TestCase("?&&a=1&", "a=1")]
    [TestCase("?q=a+b%2Bc&x%3D=y%26", "q=a b+c;x==y&")]
    [TestCase("?a=1=2", "a=1=2")]
    public void Parse_SplitsAndUnescapesEachPair(string query, string expected)
    {
        string.Join(";", QueryString.Parse(query).Select(p => p.Key + "=" + p.Value)).Should().Be(expected);
    }
}
