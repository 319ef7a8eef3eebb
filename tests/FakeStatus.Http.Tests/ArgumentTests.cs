namespace FakeStatus.Http.Tests;

public sealed class ArgumentTests
{
    [Test]
    public void GetFakeStatusHandler_ClientNotSetUp_ThrowsNamingTheClientAndTheFix()
    {
        using ServiceProvider provider = new ServiceCollection().BuildServiceProvider();

        Action act = () => provider.GetFakeStatusHandler("billing");

        act.Should().Throw<InvalidOperationException>().WithMessage("*'billing'*UseFakeStatus()*ConfigureHttpClientDefaults*");
    }

    [Test]
    public void GetFakeStatusHandler_NoHandlerForEveryClient_ThrowsNamingTheFix()
    {
        var services = new ServiceCollection();
        services.AddHttpClient("mail").UseFakeStatus();
        using ServiceProvider provider = services.BuildServiceProvider();

        Action act = () => provider.GetFakeStatusHandler();

        act.Should().Throw<InvalidOperationException>().WithMessage("*every HttpClient*ConfigureHttpClientDefaults(b => b.UseFakeStatus())*");
    }

    [Test]
    public void UseFakeStatus_DefaultsFactoryReturnsNull_ThrowsNamingEveryClient()
    {
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(b => b.UseFakeStatus(_ => null!));
        using ServiceProvider provider = services.BuildServiceProvider();

        Action act = () => provider.GetFakeStatusHandler();

        act.Should().Throw<InvalidOperationException>().WithMessage("*factory of every HttpClient returned null*");
    }

    [Test]
    public void GetFakeStatusHandler_GenericTypedClient_ThrowsAskingForTheName()
    {
        using ServiceProvider provider = new ServiceCollection().BuildServiceProvider();

        Action act = () => provider.GetFakeStatusHandler<GenericClient<int>>();

        act.Should().Throw<ArgumentException>().WithMessage("*generic*clientName*");
    }

    [Test]
    public void GetFakeStatusHandler_NullArguments_ThrowNamingThem()
    {
        using ServiceProvider provider = new ServiceCollection().BuildServiceProvider();

        FluentActions.Invoking(() => ((IServiceProvider)null!).GetFakeStatusHandler("x")).Should().Throw<ArgumentNullException>().WithParameterName("services");
        FluentActions.Invoking(() => ((IServiceProvider)null!).GetFakeStatusHandler()).Should().Throw<ArgumentNullException>().WithParameterName("services");
        FluentActions.Invoking(() => provider.GetFakeStatusHandler(null!)).Should().Throw<ArgumentNullException>().WithParameterName("clientName");
    }

    [Test]
    public void UseFakeStatus_NullArguments_ThrowNamingThem()
    {
        IHttpClientBuilder builder = new ServiceCollection().AddHttpClient("x");

        FluentActions.Invoking(() => ((IHttpClientBuilder)null!).UseFakeStatus()).Should().Throw<ArgumentNullException>().WithParameterName("builder");
        FluentActions.Invoking(() => builder.UseFakeStatus((FakeStatusHandler)null!)).Should().Throw<ArgumentNullException>().WithParameterName("handler");
        FluentActions.Invoking(() => builder.UseFakeStatus((Func<IServiceProvider, FakeStatusHandler>)null!)).Should().Throw<ArgumentNullException>().WithParameterName("factory");
    }

    [Test]
    public void UseFakeStatus_FactoryReturnsNull_ThrowsNamingTheClient()
    {
        var services = new ServiceCollection();
        services.AddHttpClient("mail").UseFakeStatus(_ => null!);
        using ServiceProvider provider = services.BuildServiceProvider();

        Action act = () => provider.GetFakeStatusHandler("mail");

        act.Should().Throw<InvalidOperationException>().WithMessage("*'mail'*returned null*");
    }
}
