namespace FakeStatus.MockHttp.Tests;

public sealed class RespondWithStatusArgumentTests
{
    [Test]
    public void RespondWithStatus_UnknownProtocol_ThrowsNamingTheKnownOnes()
    {
        using var mockHttp = new MockHttpMessageHandler();

        Action act = () => mockHttp.When("/x").RespondWithStatus("gopher", 200);

        act.Should().Throw<ArgumentException>().WithParameterName("protocol")
            .WithMessage("*gopher*smtp*");
    }

    [TestCase(99)]
    [TestCase(1000)]
    public void RespondWithStatus_CodeOutOfRange_ThrowsArgumentOutOfRange(int code)
    {
        using var mockHttp = new MockHttpMessageHandler();

        Action act = () => mockHttp.When("/x").RespondWithStatus(code);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*100*999*");
    }

    [Test]
    public void RespondWithStatus_NullSource_ThrowsNamingIt()
    {
        Action act = () => FakeStatusMockHttpExtensions.RespondWithStatus(null!, 200);

        act.Should().Throw<ArgumentNullException>().WithParameterName("source");
    }

    [Test]
    public void RespondWithStatus_NullDefinition_ThrowsNamingIt()
    {
        using var mockHttp = new MockHttpMessageHandler();

        Action act = () => mockHttp.When("/x").RespondWithStatus((StatusDefinition)null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("definition");
    }

    [Test]
    public void RespondWithStatus_NullTimeProvider_ThrowsNamingIt()
    {
        using var mockHttp = new MockHttpMessageHandler();

        Action act = () => mockHttp.When("/x").RespondWithStatus(StatusCatalog.Default.Get(200), null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("timeProvider");
    }
}
