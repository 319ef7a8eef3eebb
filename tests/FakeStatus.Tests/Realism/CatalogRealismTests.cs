namespace FakeStatus.Tests.Realism;

/// <summary>The catalog's own responses are ones real servers send: every code of every protocol, as a route and by URL convention.</summary>
public sealed class CatalogRealismTests
{
    private static readonly Version[] Versions = [HttpVersion.Version11, HttpVersion.Version20];

    [TestCase(true)]
    [TestCase(false)]
    public async Task EveryCatalogResponse_AsARoute_PassesTheRealismCheck(bool realisticDelivery)
    {
        var failures = new List<string>();
        int checkedResponses = 0, definitions = 0;
        foreach (StatusDefinition definition in AllDefinitions())
        {
            if (realisticDelivery && definition.ClientReceives is ClientReceives.ConnectionClosed or ClientReceives.LoggedOnly)
            {
                continue;
            }

            definitions++;
            using var handler = new FakeStatusHandler(new FakeStatusOptions { Realism = RealismCheck.Throw, RealisticDelivery = realisticDelivery });
            try
            {
                handler.When("/x").Respond(definition);
                foreach (Version version in Versions)
                {
                    foreach (HttpMethod method in new[] { HttpMethod.Get, HttpMethod.Head })
                    {
                        using var request = new HttpRequestMessage(method, "https://api.test/x") { Version = version };
                        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
                        using HttpResponseMessage response = await invoker.SendAsync(request, CancellationToken.None);
                        checkedResponses++;
                    }
                }
            }
            catch (InvalidOperationException e)
            {
                failures.Add($"{definition.Protocol} {definition.Code} {definition.Variant}: {e.Message}");
            }
        }

        failures.Should().BeEmpty();
        definitions.Should().BeGreaterThan(150);
        checkedResponses.Should().Be(definitions * 4, "every definition is sent four ways: GET and HEAD, HTTP/1.1 and HTTP/2");
    }

    [Test]
    public async Task EveryUrlConventionAnswer_PassesTheRealismCheck()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Realism = RealismCheck.Throw });
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        var failures = new List<string>();
        int answered = 0, closed = 0;
        // gRPC statuses answer gRPC calls on routes only: /grpc/14 is no URL convention (GrpcStatusAnswerTests).
        StatusDefinition[] primary = AllDefinitions().Where(d => d.Variant is null && d.Vendor is null && d.Protocol != "grpc").ToArray();
        foreach (StatusDefinition definition in primary)
        {
            foreach (Version version in Versions)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"https://api.test/{definition.Protocol}/{definition.Code}") { Version = version };
                try
                {
                    using HttpResponseMessage response = await invoker.SendAsync(request, CancellationToken.None);
                    answered++;
                }
                catch (InvalidOperationException e)
                {
                    failures.Add($"{request.RequestUri}: {e.Message}");
                }
                catch (HttpRequestException)
                {
                    // A code the real server delivers by closing the connection (nginx 444): nothing to check.
                    closed++;
                }
            }
        }

        failures.Should().BeEmpty();
        primary.Should().HaveCountGreaterThan(100);
        answered.Should().Be((primary.Length * Versions.Length) - closed);
        closed.Should().BeLessThan(5);
        handler.Requests.Should().OnlyContain(r => r.RealismProblems.Count == 0);
    }

    private static IEnumerable<StatusDefinition> AllDefinitions() =>
        StatusCatalog.Default.Protocols.SelectMany(p => StatusCatalog.Default.ForProtocol(p));
}
