using System.Collections.Generic;
using System.Linq;
using FakeStatus.Tool.Snippets;

namespace FakeStatus.Tool.Reference;

/// <summary>Everything <c>fakestatus show</c> prints for one code, computed from FakeStatus itself.</summary>
/// <param name="Definition">The catalog entry: title, description, source.</param>
/// <param name="Path">The URL path FakeStatus answers it at, e.g. <c>/smtp/530</c>.</param>
/// <param name="RawResponse">The canonical response as HTTP/1.1 text, lines ending in <c>\n</c>.</param>
/// <param name="Response">What the framework snippets must reproduce.</param>
/// <param name="ServerUrl">The local <c>fakestatus serve</c> address the curl line uses.</param>
/// <param name="OtherCodes">The protocol's other codes, the page's "more pages" links.</param>
internal sealed record ReferencePage(
    StatusDefinition Definition,
    string Path,
    string RawResponse,
    SnippetResponse Response,
    string ServerUrl,
    IReadOnlyList<StatusDefinition> OtherCodes)
{
    /// <summary>
    /// The headers <see cref="FakeStatusHandler"/> sends by default in place of the page's, as <c>Name: value</c>: the waits it
    /// cuts to one second (<c>Retry-After: 1</c>); empty when it sends the page's response as shown.
    /// </summary>
    public IReadOnlyList<string> DefaultWaits { get; init; } = [];

    /// <summary>The protocol's display name, e.g. <c>SMTP</c>, <c>gRPC</c>.</summary>
    public string ProtocolTitle => IsGrpc ? "gRPC" : Definition.Protocol.ToUpperInvariant();

    /// <summary>Whether the code is a gRPC status, which answers gRPC calls on a route rather than a URL.</summary>
    public bool IsGrpc => StatusRules.IsGrpc(Definition.Protocol);

    /// <summary>The <see cref="Grpc.Core.StatusCode"/>-style name a .NET gRPC user writes: <c>DeadlineExceeded</c> for <c>DEADLINE_EXCEEDED</c>.</summary>
    public string GrpcStatusCodeName => string.Concat(Definition.ReasonPhrase.Split('_').Select(w => w[..1] + w[1..].ToLowerInvariant()));

    /// <summary>How a .NET test answers a gRPC call with this status, through FakeStatus.Grpc and a real Grpc.Net.Client channel.</summary>
    public string GrpcUsage =>
        "using var handler = new FakeStatusHandler();   // dotnet add package FakeStatus.Grpc\n" +
        $"handler.WhenGrpc({Literal.CSharp(ReferencePageBuilder.GrpcExampleMethod)})" + (Definition.Code == 0
            ? ".RespondGrpc(new HelloReply { Message = \"hi\" });\n"
            : $".RespondGrpc(StatusCode.{GrpcStatusCodeName}, \"{Definition.ReasonPhrase}\");\n") +
        "using var channel = GrpcChannel.ForAddress(\"https://fake.test\", new GrpcChannelOptions { HttpHandler = handler });\n" +
        "var client = new Greeter.GreeterClient(channel);\n\n" + (Definition.Code == 0
            ? "HelloReply reply = await client.SayHelloAsync(new HelloRequest { Name = \"Ada\" });   // status OK\n"
            : $"// await client.SayHelloAsync(...) throws RpcException: StatusCode == StatusCode.{GrpcStatusCodeName} ({Definition.Code})\n");

    /// <summary>The heading, e.g. <c>SMTP 530 Authentication Required</c>.</summary>
    public string Title => $"{ProtocolTitle} {Definition.Code} {Definition.ReasonPhrase}" +
        (Definition.Variant is null ? string.Empty : $" ({Definition.Variant})");

    public string CurlCommand => "curl -i " + ServerUrl + Path;

    public string CurlNote => "Start the local server first with 'fakestatus serve --port 5080'. " + (Definition.Protocol == StatusCatalog.Http
        ? $"A public echo service such as httpbin.org/status/{Definition.Code} sends the status too, but not this reason phrase, headers or body."
        : $"A public echo service such as httpbin.org knows only HTTP codes, so it cannot show this {ProtocolTitle} response.");

    /// <summary>How a .NET test gets the same response from FakeStatus in-process.</summary>
    public string CSharpUsage =>
        "using var handler = new FakeStatusHandler();\n" +
        "using HttpClient client = handler.ToHttpClient(new Uri(\"https://fake.test\"));\n\n" +
        $"using HttpResponseMessage response = await client.GetAsync({Literal.CSharp(Path)});\n" +
        $"// (int)response.StatusCode == {Definition.Code}, response.ReasonPhrase == {Literal.CSharp(Definition.ReasonPhrase)}\n";

    public IEnumerable<(Framework Framework, string Code)> Snippets()
    {
        foreach (Framework framework in Frameworks.All)
        {
            yield return (framework, framework.Render(Response));
        }
    }
}
