namespace FakeStatus.Tests.Scenarios;

/// <summary>What route and response builders say about a route, and about input they reject.</summary>
public sealed class BuilderWordingTests
{
    private FakeStatusHandler _handler = null!;

    [SetUp]
    public void SetUp() => _handler = new FakeStatusHandler(TestClock.AtSeedTime());

    [TearDown]
    public void TearDown() => _handler.Dispose();

    [Test]
    public void RandomRoute_Answer_ListsSeedWeightsAndAnswers()
    {
        FakeRoute route = _handler.When("/r").RespondRandomly(7, r => r.Respond(0.7, 200).Respond(0.3, 503));

        route.Answer.Should().Be("random (seed 7) [0.7: 200 OK, 0.3: 503 Service Unavailable]");
    }

    [Test]
    public void RandomRoute_AllWeightsZero_IsRejectedSayingWhatTheyAddUpTo()
    {
        FluentActions.Invoking(() => _handler.When("/r").RespondRandomly(7, r => r.Respond(0, 200).Respond(0, 503)))
            .Should().Throw<ArgumentException>()
            .WithMessage("The weights add up to 0: a weight must be a finite number, 0 or more, with at least one choice above 0 (e.g. 0.9 or 3).*");
        _handler.Routes.Should().BeEmpty();
    }

    [TestCase(-0.5)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void RandomRoute_InvalidWeight_IsRejectedNamingTheRule(double weight)
    {
        FluentActions.Invoking(() => _handler.When("/r").RespondRandomly(7, r => r.Respond(weight, 200)))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Invalid weight: a weight must be a finite number, 0 or more, with at least one choice above 0 (e.g. 0.9 or 3).*")
            .Which.ParamName.Should().Be("weight");
    }

    [Test]
    public void RandomRoute_WeightsAddingUpToInfinity_AreRejected()
    {
        FluentActions.Invoking(() => _handler.When("/r").RespondRandomly(7, r => r.Respond(double.MaxValue, 200).Respond(double.MaxValue, 503)))
            .Should().Throw<ArgumentException>().WithMessage("The weights add up to Infinity: *");
    }

    [TestCase(0)]
    [TestCase(-2)]
    public void Times_BelowOne_IsRejectedWithAnExample(int count)
    {
        FluentActions.Invoking(() => _handler.When("/s").RespondInSequence(s => s.Respond(503).Times(count)))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"Times({count}) is invalid: a step is answered 1 or more times in all, e.g. s => s.Respond(503).Times(3).Respond(200).*")
            .Which.ParamName.Should().Be("count");
    }

    [Test]
    public void UnknownProtocol_IsRejectedListingTheCatalogsProtocols()
    {
        FluentActions.Invoking(() => _handler.When("/x").Respond("gopher", 200))
            .Should().Throw<ArgumentException>()
            .WithMessage($"Unknown protocol 'gopher': the handler's catalog has {string.Join(", ", StatusCatalog.Default.Protocols)}.*")
            .Which.ParamName.Should().Be("protocol");
    }

    [TestCase("")]
    [TestCase("   ")]
    public void Named_Blank_IsRejected(string name)
    {
        FluentActions.Invoking(() => _handler.When("/x").Named(name))
            .Should().Throw<ArgumentException>().WithMessage("A route name must not be empty.*").Which.ParamName.Should().Be("name");
    }

    [Test]
    public void RouteName_CountsItsPredicates()
    {
        FakeRoute one = _handler.When("/one").ForRequest(_ => true).Respond(200);
        FakeRoute two = _handler.When("/two").ForRequest(_ => true).ForRequest(_ => true).Respond(200);

        one.Name.Should().Be("ANY /one [+1 predicate(s)]");
        two.Name.Should().Be("ANY /two [+2 predicate(s)]");
    }

    [Test]
    public void ForFormBody_FieldWithoutNameOrValue_IsRejectedPointingToForFormField()
    {
        FluentActions.Invoking(() => _handler.When("/f").ForFormBody([new KeyValuePair<string, string>("", "1")]))
            .Should().Throw<ArgumentException>()
            .WithMessage("Form field '' needs a non-empty name and a value; use ForFormField(name) to require a field with any value.*")
            .Which.ParamName.Should().Be("fields");
        FluentActions.Invoking(() => _handler.When("/f").ForFormBody([new KeyValuePair<string, string>("a", null!)]))
            .Should().Throw<ArgumentException>().WithMessage("Form field 'a' needs*");
    }

    [Test]
    public async Task WithStreamBody_FactoryReturningNull_FailsTheRequestSayingSo()
    {
        _handler.When("/s").Respond(200, r => r.WithStreamBody(() => null!, "text/plain"));
        using HttpClient client = _handler.ToHttpClient(new Uri("https://api.test"));

        Func<Task> act = () => client.GetAsync("/s");

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.ToString()
            .Should().Contain("The stream factory given to WithStreamBody returned null.");
    }

    [Test]
    public void WithRetryAfter_Negative_IsRejected()
    {
        FluentActions.Invoking(() => _handler.When("/x").Respond(503, r => r.WithRetryAfter(TimeSpan.FromSeconds(-1))))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("Retry-After must not be negative.*").Which.ParamName.Should().Be("delay");
    }

    [Test]
    public void WithRetryAfter_Zero_IsSentAsZero()
    {
        FakeRoute route = _handler.When("/x").Respond(503, r => r.WithRetryAfter(TimeSpan.Zero));

        route.Answer.Should().Be("503 Service Unavailable");
    }

    [Test]
    public void WithBodyEndingEarly_OnABodyMadePerRequest_IsRejectedSayingWhichBodiesWork()
    {
        FluentActions.Invoking(() => _handler.When("/x").Respond(200, r => r.WithStreamBody(() => new MemoryStream(), "text/plain").WithBodyEndingEarly(1)))
            .Should().Throw<InvalidOperationException>()
            .WithMessage("WithBodyEndingEarly needs a body of known bytes, but 200 OK has a body made per request (stream or problem details); use the canonical, text, JSON or byte body with it.");
        FluentActions.Invoking(() => _handler.When("/y").Respond(200, r => r.WithNoBody().WithBodyEndingEarly(1)))
            .Should().Throw<InvalidOperationException>()
            .WithMessage("WithBodyEndingEarly needs a body of known bytes, but 200 OK has no body; use the canonical, text, JSON or byte body with it.");
    }

    [Test]
    public void WithErrorStyle_OverridingAFieldTheStyleLacks_ListsItsFields()
    {
        FluentActions.Invoking(() => _handler.When("/x").Respond(404, r => r.WithErrorStyle(ErrorStyle.GitHub, errorCode: "NotFound")))
            .Should().Throw<ArgumentException>()
            .WithMessage($"The error style 'github' has no 'code' field to set; its fields are: {string.Join(", ", ErrorStyle.GitHub.Fields)}.*")
            .Which.ParamName.Should().Be("errorCode");
        ErrorStyle.GitHub.Fields.Should().Contain("message");
    }

    [Test]
    public async Task ReadJson_OnARequestWithoutBody_SaysWhichRequest()
    {
        _handler.When("/orders").Respond(_ => 200, (r, request) => request.ReadJson<Dictionary<string, int>>());
        using HttpClient client = _handler.ToHttpClient(new Uri("https://api.test"));

        Func<Task> act = () => client.GetAsync("/orders");

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.InnerException!.Message
            .Should().Be("GET https://api.test/orders has no body to read as JSON.");
    }
}
