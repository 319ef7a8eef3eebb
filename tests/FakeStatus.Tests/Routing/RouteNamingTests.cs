namespace FakeStatus.Tests.Routing;

/// <summary>The names routes are given (from their method, template and criteria) and the messages that quote them.</summary>
public sealed class RouteNamingTests
{
    [Test]
    public void Name_QueryCriteria_AreAppendedAsAQueryString()
    {
        using var handler = new FakeStatusHandler();

        FakeRoute route = handler.When(HttpMethod.Get, "/orders").ForQuery("page", "2").ForQuery("sort", "date").Respond(200);

        route.Name.Should().Be("GET /orders?page=2&sort=date");
    }

    [Test]
    public void Name_QueryCriterionOnATemplateWithAQuery_ContinuesItsQueryString()
    {
        using var handler = new FakeStatusHandler();

        FakeRoute route = handler.When("/orders?page=2").ForQuery("sort", "date").Respond(200);

        route.Name.Should().Be("ANY /orders?page=2&sort=date");
    }

    [Test]
    public void Name_HeaderAndFormCriteria_ShowTheValueOnlyWhenGiven()
    {
        using var handler = new FakeStatusHandler();

        FakeRoute route = handler.When(HttpMethod.Post, "/token")
            .ForHeader("X-Trace").ForHeader("Accept", "application/json")
            .ForFormField("scope").ForFormField("grant_type", "password")
            .Respond(200);

        route.Name.Should().Be("POST /token [X-Trace] [Accept: application/json] [form scope] [form grant_type=password]");
    }

    [Test]
    public void Name_Predicates_AreCounted()
    {
        using var handler = new FakeStatusHandler();

        FakeRoute route = handler.When("/x").ForRequest(_ => true).ForBody(_ => true).Respond(200);

        route.Name.Should().Be("ANY /x [+2 predicate(s)]");
    }

    [Test]
    public void ToString_Route_GivesItsNameAndAnswer()
    {
        using var handler = new FakeStatusHandler();

        FakeRoute route = handler.When(HttpMethod.Post, "/orders/{id}").Respond(201);

        route.ToString().Should().Be("POST /orders/{id} -> 201 Created");
    }

    [TestCase("")]
    [TestCase("  ")]
    public void Named_EmptyName_Throws(string name)
    {
        using var handler = new FakeStatusHandler();

        FluentActions.Invoking(() => handler.When("/x").Named(name))
            .Should().Throw<ArgumentException>()
            .WithMessage("A route name must not be empty. (Parameter 'name')");
    }

    [Test]
    public void Named_Name_IsTheRouteName()
    {
        using var handler = new FakeStatusHandler();

        FakeRoute route = handler.When("/x").Named("checkout").Respond(200);

        route.Name.Should().Be("checkout");
    }

    [Test]
    public void Respond_SecondTimeOnOneBuilder_ThrowsNamingTheRoute()
    {
        using var handler = new FakeStatusHandler();
        RouteBuilder builder = handler.When(HttpMethod.Get, "/x");
        builder.Respond(200);

        FluentActions.Invoking(() => builder.Respond(201))
            .Should().Throw<InvalidOperationException>()
            .WithMessage("Route 'GET /x' is already registered; start another with handler.When(...).");
        handler.Routes.Should().ContainSingle();
    }

    [Test]
    public void Respond_AfterTheHandlerIsDisposed_ThrowsObjectDisposedException()
    {
        var handler = new FakeStatusHandler();
        RouteBuilder builder = handler.When("/x");
        handler.Dispose();

        FluentActions.Invoking(() => builder.Respond(200)).Should().Throw<ObjectDisposedException>();
    }

    [Test]
    public void ForFormField_EmptyName_Throws()
    {
        using var handler = new FakeStatusHandler();

        FluentActions.Invoking(() => handler.When("/x").ForFormField(string.Empty))
            .Should().Throw<ArgumentException>()
            .WithMessage("A form field name must not be null or empty. (Parameter 'name')");
    }

    [Test]
    public async Task Send_TwoRoutesNeverFinished_FailsListingThoseThatWouldHaveMatched()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/a");
        handler.When(HttpMethod.Get, "/b").ForQuery("x", "1");
        handler.When(HttpMethod.Get, "/{name}").ForHeader("X-Tenant");
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        Func<Task> act = () => client.GetAsync("/a");

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Be(
            "2 route(s) were started with When(...) but never given a response, and would have matched this request: 'ANY /a', 'GET /{name} [X-Tenant]'. " +
            "Finish each with Respond(...), RespondInSequence(...), RespondRandomly(...) or Throw(...).");
        FluentActions.Invoking(handler.VerifyAll).Should().Throw<FakeStatusVerificationException>()
            .WithMessage("*3 route(s) were started with When(...) but never given a response: 'ANY /a', 'GET /b?x=1', 'GET /{name} [X-Tenant]'.*");
    }

    [Test]
    public async Task Send_ForBodyWithoutContent_GivesThePredicateAnEmptyText()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false, Unmatched = UnmatchedPolicy.Respond(404) });
        handler.When("/x").ForBody(text => text.Length == 0).Respond(204);
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        using HttpResponseMessage response = await client.GetAsync("/x");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
    }
}
