namespace FakeStatus.Tests.Matching;

/// <summary>The parts <see cref="RouteTemplate.Parse"/> reads from a template, and how the parsed template matches a request.</summary>
public sealed class RouteTemplateTests
{
    [Test]
    public void Parse_AbsoluteTemplate_ReadsEveryPart()
    {
        RouteTemplate template = RouteTemplate.Parse("HTTPS://Api.test:8443/a/b/?x=1&y=2");

        template.Text.Should().Be("HTTPS://Api.test:8443/a/b/?x=1&y=2");
        template.Scheme.Should().Be("https");
        template.Host.Should().Be("Api.test");
        template.Port.Should().Be(8443);
        template.Path.Should().Be("/a/b");
        template.IsLiteral.Should().BeTrue();
        template.Query.Should().Equal(new KeyValuePair<string, string>("x", "1"), new KeyValuePair<string, string>("y", "2"));
    }

    [Test]
    public void Parse_HostOnly_IsTheRootPath()
    {
        RouteTemplate template = RouteTemplate.Parse("http://api.test");

        template.Host.Should().Be("api.test");
        template.Port.Should().BeNull();
        template.Path.Should().Be("/");
        template.MatchesPath([]).Should().BeTrue();
        template.MatchesPath(["a"]).Should().BeFalse();
    }

    [TestCase("https://[::1]/x", "[::1]", null)]
    [TestCase("https://[::1]:8080/x", "[::1]", 8080)]
    [TestCase("https://h:1/x", "h", 1)]
    [TestCase("https://h:65535/x", "h", 65535)]
    public void Parse_Authority_SplitsHostAndPort(string text, string host, int? port)
    {
        RouteTemplate template = RouteTemplate.Parse(text);

        template.Host.Should().Be(host);
        template.Port.Should().Be(port);
    }

    [TestCase("https://h:0/x", "invalid port '0': expected 1-65535")]
    [TestCase("https://h:65536/x", "invalid port '65536'")]
    [TestCase("https://h:+80/x", "invalid port '+80'")]
    [TestCase("https://h:/x", "invalid port ''")]
    [TestCase("https://:80/x", "has no host after '://'")]
    [TestCase("https://", "has no host after '://'")]
    [TestCase("://h/x", "must start with '/' or 'http(s)://'")]
    [TestCase("   ", "must not be empty")]
    [TestCase("/a#b", "contains CR, LF or '#'")]
    [TestCase("\n/a", "contains CR, LF or '#'")]
    [TestCase("\r/a", "contains CR, LF or '#'")]
    [TestCase("#/a", "contains CR, LF or '#'")]
    [TestCase("/{}", "has segment '{}'")]
    [TestCase("/{a}b}", "has segment '{a}b}'")]
    [TestCase("/x{a}", "has segment 'x{a}'")]
    [TestCase("/{a{b}", "has segment '{a{b}'")]
    public void Parse_Malformed_ThrowsNamingTheProblem(string text, string expected) =>
        FluentActions.Invoking(() => RouteTemplate.Parse(text))
            .Should().Throw<ArgumentException>().WithParameterName("template")
            .Which.Message.Should().Contain(expected);

    [Test]
    public void Parse_LoneStar_IsAWildcardPath()
    {
        RouteTemplate template = RouteTemplate.Parse("*");

        template.Path.Should().Be("/*");
        template.IsLiteral.Should().BeFalse();
        template.Scheme.Should().BeNull();
        template.Host.Should().BeNull();
    }

    [Test]
    public void Parse_Parameter_IsNotLiteral() => RouteTemplate.Parse("/users/{id}").IsLiteral.Should().BeFalse();

    [Test]
    public void Parse_EscapedPath_IsUnescaped() => RouteTemplate.Parse("/caf%C3%A9/").Path.Should().Be("/caf\u00e9");

    [TestCase("/users/{id}", new[] { "users", "42" }, true)]
    [TestCase("/users/{id}", new[] { "users", "" }, false)]
    [TestCase("/users/{id}", new[] { "users" }, false)]
    [TestCase("/users/{id}", new[] { "users", "42", "x" }, false)]
    [TestCase("/Users", new[] { "users" }, false)]
    [TestCase("/files/*", new[] { "files" }, true)]
    [TestCase("/files/*", new string[0], false)]
    [TestCase("/files/*", new[] { "files", "a", "b" }, true)]
    [TestCase("/a/*/c", new[] { "a", "b", "c" }, true)]
    [TestCase("/a/*/c", new[] { "a", "b" }, false)]
    [TestCase("/a/*/c", new[] { "a", "b", "d" }, false)]
    public void MatchesPath_ComparesSegmentBySegment(string text, string[] segments, bool expected) =>
        RouteTemplate.Parse(text).MatchesPath(segments).Should().Be(expected);
}
