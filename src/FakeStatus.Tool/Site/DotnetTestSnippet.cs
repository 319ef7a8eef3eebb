using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FakeStatus.Tool.Snippets;

namespace FakeStatus.Tool.Site;

/// <summary>
/// The ninth section of a page: an NUnit test faking the code with <see cref="FakeStatusHandler"/>. Its assertions are what a
/// handler with default options really answers at the page's path (asked at generation time), so the snippet states what
/// the library does, including codes a real server delivers as a closed connection or another status.
/// </summary>
internal static class DotnetTestSnippet
{
    public static async Task<string> RenderAsync(FakeStatusHandler byDefault, StatusDefinition definition, string path, CancellationToken cancellationToken)
    {
        string name = Pascal(definition.Protocol) + definition.Code.ToString(CultureInfo.InvariantCulture) + (definition.IsDefault || definition.Variant is null ? string.Empty : Pascal(definition.Variant));
        if (StatusRules.IsGrpc(definition.Protocol))
        {
            return await RenderGrpcAsync(definition, name, path, cancellationToken).ConfigureAwait(false);
        }

        var code = new StringBuilder();
        code.Append("using System;\nusing System.Net.Http;\nusing System.Threading.Tasks;\nusing FakeStatus;\nusing NUnit.Framework;\n\n");
        code.Append(CultureInfo.InvariantCulture, $"public class {name}Tests\n{{\n    [Test]\n");

        using var invoker = new HttpMessageInvoker(byDefault, disposeHandler: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri("https://fake.test"), path));
        HttpResponseMessage? response = null;
        bool timedOut = false;
        try
        {
            response = await invoker.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException)
        {
            // The real server closes the connection (nginx 444); the handler throws what SocketsHttpHandler throws then.
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The code is only logged after the client gave up (nginx 499); the handler raises the client's own timeout.
            timedOut = true;
        }

        using (response)
        {
            string outcome = timedOut ? "TimesOutAsTheClientDoes" : response is null ? "ThrowsAsTheConnectionCloses" : "AnswersAsTheServerDoes";
            code.Append(CultureInfo.InvariantCulture, $"    public async Task GetAsync_{name}_{outcome}()\n    {{\n");
            code.Append("        using var handler = new FakeStatusHandler();\n");
            code.Append("        using HttpClient client = handler.ToHttpClient(new Uri(\"https://fake.test\"));\n\n");
            string get = $"client.GetAsync({Literal.CSharp(path)})";
            if (timedOut)
            {
                code.Append("        // A client never receives this code: the server logs it after the client gave up, so the handler raises the\n");
                code.Append("        // client's own timeout (HttpClient reports it as TaskCanceledException).\n");
                code.Append(CultureInfo.InvariantCulture, $"        Assert.ThrowsAsync<TaskCanceledException>(() => {get});\n");
            }
            else if (response is null)
            {
                code.Append("        // The real server closes the connection without a response, and so does the handler.\n");
                code.Append(CultureInfo.InvariantCulture, $"        Assert.ThrowsAsync<HttpRequestException>(() => {get});\n");
            }
            else
            {
                int status = (int)response.StatusCode;
                if (status != definition.Code)
                {
                    code.Append(CultureInfo.InvariantCulture, $"        // The real server sends {status} instead of {definition.Code}, and so does the handler\n");
                    code.Append(CultureInfo.InvariantCulture, $"        // (FakeStatusOptions.RealisticDelivery = false answers {definition.Code} itself).\n");
                }

                code.Append(CultureInfo.InvariantCulture, $"        using HttpResponseMessage response = await {get};\n\n");
                code.Append(CultureInfo.InvariantCulture, $"        Assert.That((int)response.StatusCode, Is.EqualTo({status}));\n");
                code.Append(CultureInfo.InvariantCulture, $"        Assert.That(response.ReasonPhrase, Is.EqualTo({Literal.CSharp(response.ReasonPhrase ?? string.Empty)}));\n");
            }
        }

        code.Append("    }\n}\n");
        return code.ToString();
    }

    /// <summary>
    /// A gRPC status answers a gRPC call on a route, never a URL convention: the test registers the page's method and reads
    /// the status where a gRPC client reads it (<c>grpc-status</c> on an HTTP 200), as the handler really sends it.
    /// </summary>
    private static async Task<string> RenderGrpcAsync(StatusDefinition definition, string name, string path, CancellationToken cancellationToken)
    {
        string respond = $"handler.When(HttpMethod.Post, {Literal.CSharp(path)}).Respond({Literal.CSharp(definition.Protocol)}, {definition.Code.ToString(CultureInfo.InvariantCulture)});";
        using var handler = new FakeStatusHandler();
        handler.When(HttpMethod.Post, path).Respond(definition.Protocol, definition.Code);
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri("https://fake.test"), path));
        using HttpResponseMessage response = await invoker.SendAsync(request, cancellationToken).ConfigureAwait(false);
        bool inHeaders = response.Headers.TryGetValues("grpc-status", out var values);
        string where = inHeaders ? "response.Headers" : "response.TrailingHeaders";
        string status = string.Join(",", inHeaders ? values! : response.TrailingHeaders.GetValues("grpc-status"));

        var code = new StringBuilder();
        code.Append("using System;\nusing System.Net.Http;\nusing System.Threading.Tasks;\nusing FakeStatus;\nusing NUnit.Framework;\n\n");
        code.Append(CultureInfo.InvariantCulture, $"public class {name}Tests\n{{\n    [Test]\n");
        code.Append(CultureInfo.InvariantCulture, $"    public async Task PostAsync_{name}_AnswersAsAGrpcServerDoes()\n    {{\n");
        code.Append("        using var handler = new FakeStatusHandler();\n");
        code.Append(CultureInfo.InvariantCulture, $"        {respond}\n");
        code.Append("        using HttpClient client = handler.ToHttpClient(new Uri(\"https://fake.test\"));\n\n");
        code.Append("        // A gRPC status rides on an HTTP 200; Grpc.Net.Client reads grpc-status and raises RpcException (FakeStatus.Grpc).\n");
        code.Append(CultureInfo.InvariantCulture, $"        using HttpResponseMessage response = await client.PostAsync({Literal.CSharp(path)}, null);\n\n");
        code.Append(CultureInfo.InvariantCulture, $"        Assert.That((int)response.StatusCode, Is.EqualTo({((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)}));\n");
        code.Append(CultureInfo.InvariantCulture, $"        Assert.That(string.Join(\",\", {where}.GetValues(\"grpc-status\")), Is.EqualTo({Literal.CSharp(status)}));\n");
        code.Append("    }\n}\n");
        return code.ToString();
    }

    /// <summary><c>aws-elb</c> as <c>AwsElb</c>, for class and method names.</summary>
    private static string Pascal(string name) => string.Concat(name.Split('-', StringSplitOptions.RemoveEmptyEntries)
        .Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
