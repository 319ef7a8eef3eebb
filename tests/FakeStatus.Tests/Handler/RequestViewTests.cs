using System.Text;

namespace FakeStatus.Tests.Handler;

/// <summary>
/// A route's callback (<see cref="FakeRequest"/>) and the log (<see cref="RecordedRequest"/>) see one request through members
/// of the same names that give the same answers; and <see cref="IFakeServer"/> is the one contract of handler and scope.
/// </summary>
public sealed class RequestViewTests
{
    [Test]
    public async Task FakeRequestAndRecordedRequest_SameRequest_AnswerAlikeMemberForMember()
    {
        using var handler = new FakeStatusHandler();
        FakeRequest? seen = null;
        handler.When(HttpMethod.Post, "/orders/{id}").Respond(
            request => { seen = request; return 201; });
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        using var message = new HttpRequestMessage(HttpMethod.Post, "/orders/7?tag=a+b&tag=c&empty")
        {
            Content = new StringContent("{\"qty\":2}", Encoding.UTF8, "application/json"),
        };
        message.Headers.Add("X-Trace", ["t1", "t2"]);

        using HttpResponseMessage response = await client.SendAsync(message);

        RecordedRequest recorded = handler.Requests.Single();
        seen.Should().NotBeNull();
        FakeRequest live = seen!;
        recorded.Method.Should().Be(live.Method).And.Be(HttpMethod.Post);
        recorded.Uri.Should().Be(live.Uri);
        recorded.Uri!.AbsolutePath.Should().Be("/orders/7");
        recorded.Version.Should().Be(live.Version);
        recorded.Body.ToArray().Should().Equal(live.Body.ToArray());
        recorded.BodyText.Should().Be(live.BodyText).And.Be("{\"qty\":2}");
        recorded.RouteValues.Should().Equal(live.RouteValues);
        recorded.RouteValues["id"].Should().Be("7");
        foreach (string name in new[] { "X-Trace", "x-trace", "Content-Type", "X-Absent" })
        {
            recorded.GetHeader(name).Should().Be(live.GetHeader(name), name);
            recorded.GetHeaderValues(name).Should().Equal(live.GetHeaderValues(name), name);
        }

        recorded.GetHeader("X-Trace").Should().Be("t1, t2");
        recorded.GetHeaderValues("X-Trace").Should().Equal("t1", "t2");
        recorded.GetHeader("X-Absent").Should().BeNull();
        recorded.GetHeaderValues("X-Absent").Should().BeEmpty();
        foreach (string name in new[] { "tag", "empty", "TAG", "absent" })
        {
            recorded.GetQuery(name).Should().Be(live.GetQuery(name), name);
        }

        recorded.GetQuery("tag").Should().Be("a b");
        recorded.GetQuery("empty").Should().BeEmpty();
        recorded.GetQuery("TAG").Should().BeNull("query names are ordinal");
    }

    [Test]
    public async Task GetHeaderAndGetQuery_NullName_ThrowNamingIt()
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        using HttpResponseMessage response = await client.GetAsync("/404");
        RecordedRequest recorded = handler.Requests.Single();

        recorded.Invoking(r => r.GetHeader(null!)).Should().Throw<ArgumentNullException>().WithParameterName("name");
        recorded.Invoking(r => r.GetQuery(null!)).Should().Throw<ArgumentNullException>().WithParameterName("name");
        recorded.Invoking(r => r.GetHeaderValues(null!)).Should().Throw<ArgumentNullException>().WithParameterName("name");
    }

    [Test]
    public async Task IFakeServer_HelperWrittenOnce_ArrangesAndVerifiesHandlerAndScopeAlike()
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        FakeRoute onHandler = ArrangeLoginFailure(handler);
        using (HttpResponseMessage response = await client.PostAsync("/login", null))
        {
            response.StatusCode.Should().Be(System.Net.HttpStatusCode.Unauthorized);
        }

        using FakeStatusScope scope = handler.BeginScope();
        FakeRoute onScope = ArrangeLoginFailure(scope);
        using (HttpResponseMessage response = await client.PostAsync("/login", null))
        {
            response.StatusCode.Should().Be(System.Net.HttpStatusCode.Unauthorized);
        }

        IFakeServer[] servers = [handler, scope];
        servers[0].VerifyCalled(onHandler, 1);
        servers[1].VerifyCalled(onScope, 1);
        servers[1].Requests.Should().ContainSingle().Which.Route.Should().BeSameAs(onScope);
        servers[1].Routes.Should().Equal(onScope);
        servers[1].Invoking(s => s.VerifyCalled(onScope, 2)).Should().Throw<FakeStatusVerificationException>();
        foreach (IFakeServer server in servers)
        {
            server.VerifyAll();
        }
    }

    private static FakeRoute ArrangeLoginFailure(IFakeServer server) => server.When(HttpMethod.Post, "/login").Respond(401);
}
