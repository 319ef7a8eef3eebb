using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;

namespace FakeStatus.OpenApi.Tests;

public sealed class ImportRouteTableTests
{
    private const string Gists = """
        openapi: 3.0.3
        info: {title: gists, version: '1'}
        paths:
          /gists/{gist_id}:
            get:
              operationId: gists/get
              parameters: [ { name: gist_id, in: path, required: true, schema: { type: string } } ]
              responses: { '200': { description: ok, content: { application/json: { example: { id: aa5a315d61ae9438b18d } } } } }
          /gists/starred:
            get:
              operationId: gists/list-starred
              responses: { '200': { description: ok, content: { application/json: { example: [ { starred: true } ] } } } }
        """;

    [Test]
    public async Task Send_LiteralPathBesideItsTemplatedSibling_AnswersTheLiteralOperation()
    {
        using var handler = new FakeStatusHandler();
        OpenApiImport import = handler.ImportOpenApiText(Gists);
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        string starred = await client.GetStringAsync(new Uri("/gists/starred", UriKind.Relative));
        string gist = await client.GetStringAsync(new Uri("/gists/42", UriKind.Relative));

        starred.Should().Be("[{\"starred\":true}]");
        gist.Should().Be("{\"id\":\"aa5a315d61ae9438b18d\"}");
        import.Operation("gists/list-starred").RouteFor(200).CallCount.Should().Be(1, "coverage credits the operation that answered");
        import.Operation("gists/get").RouteFor(200).CallCount.Should().Be(1);
    }

    [Test]
    public void Send_LargeImportedDocument_AllocatesPerRequestAsTheSameRoutesRegisteredByHand()
    {
        const int Resources = 150;
        var document = new StringBuilder("openapi: 3.0.3\ninfo: {title: large, version: '1'}\npaths:\n");
        var templates = new List<string>();
        for (int i = 0; i < Resources; i++)
        {
            foreach ((string path, string id) in new[] { ($"/res{i}", $"list{i}"), ($"/res{i}/search", $"search{i}"), ($"/res{i}/{{id}}", $"get{i}"), ($"/res{i}/{{id}}/items/{{item}}", $"item{i}") })
            {
                templates.Add(path);
                document.Append(CultureInfo.InvariantCulture, $"  {path}:\n    get:\n      operationId: {id}\n      responses:\n        '200': {{description: ok}}\n        '404': {{description: missing}}\n");
            }
        }

        using var imported = new FakeStatusHandler();
        imported.ImportOpenApiText(document.ToString());
        using var byHand = new FakeStatusHandler();
        foreach (string template in templates)
        {
            byHand.When(HttpMethod.Get, template).Respond(200);
        }

        string[] paths = ["/res7", "/res77/search", "/res140/abc", "/res3/abc/items/9"];
        long importedBytes = BytesPerRequest(imported, paths);
        long byHandBytes = BytesPerRequest(byHand, paths);

        TestContext.Out.WriteLine($"imported: {importedBytes} B/request, by hand: {byHandBytes} B/request");

        // The work a request does shows as allocation: routes that scan every operation allocate for each one they try.
        importedBytes.Should().BeLessThan(byHandBytes * 3 / 2, "an imported operation is found by the route table as a route registered by hand is (by hand: {0} B)", byHandBytes);
    }

    private static long BytesPerRequest(FakeStatusHandler handler, string[] paths)
    {
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        void Send(string path)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.test" + path);
            using HttpResponseMessage response = invoker.SendAsync(request, CancellationToken.None).GetAwaiter().GetResult();
            response.StatusCode.Should().Be(HttpStatusCode.OK, path);
        }

        foreach (string path in paths)
        {
            Send(path);
        }

        const int Rounds = 200;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Rounds; i++)
        {
            foreach (string path in paths)
            {
                Send(path);
            }
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / (Rounds * paths.Length);
    }
}
