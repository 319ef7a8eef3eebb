using System.Collections.Generic;
using System.Linq;
using FakeStatus.Tool.Snippets;

namespace FakeStatus.Tool.Reference;

/// <summary>The order and wording of the page <c>fakestatus show</c> prints for one code, for either format.</summary>
internal static class ReferencePageRenderer
{
    public static void Write(ReferencePage page, PageWriter writer)
    {
        StatusDefinition d = page.Definition;
        writer.Heading(1, page.Title);
        if (d.Description.Length > 0)
        {
            writer.Paragraph(d.Description);
        }

        List<(string, string, string?)> fields = ProvenanceFields.For(d);
        if (d.EnhancedStatusCode is not null)
        {
            fields.Add(("Enhanced status code", d.EnhancedStatusCode, null));
        }

        if (page.IsGrpc)
        {
            if (d.HttpStatusCodes.Count > 0)
            {
                fields.Add(("From HTTP statuses", string.Join(", ", d.HttpStatusCodes) + " (gRPC clients turn these into " + d.ReasonPhrase + ")",
                    "https://github.com/grpc/grpc/blob/master/doc/http-grpc-status-mapping.md"));
            }

            WriteGrpc(page, fields, writer);
            return;
        }

        fields.Add(("FakeStatus path", page.Path, null));
        writer.Fields(fields);

        writer.Heading(2, "1. Canonical response");
        writer.Code("http", page.RawResponse);
        if (ProvenanceFields.SubstituteRaw(d) is { } substitute)
        {
            writer.Paragraph($"The response above carries {d.Code} as its status; the real system sends the client this instead:");
            writer.Code("http", substitute);
        }
        else if (d.ClientReceives != ClientReceives.Status)
        {
            writer.Paragraph($"The response above carries {d.Code} as its status; from the real system the client receives {ProvenanceFields.ClientReceivesText(d)}.");
        }

        if (page.DefaultWaits.Count > 0)
        {
            writer.Paragraph(
                $"FakeStatusHandler and 'fakestatus serve' send {string.Join(" and ", page.DefaultWaits)} by default instead, so a client " +
                "that honours the wait on the real clock retries within a second; FakeStatusOptions.RealisticRetryAfter = true " +
                "('fakestatus serve --realistic-retry-after') sends the value above.");
        }

        writer.Heading(2, "2. Test it with curl");
        writer.Code("bash", page.CurlCommand);
        writer.Paragraph(page.CurlNote);

        writer.Heading(2, "3. Use it from .NET with FakeStatus");
        writer.Code("csharp", page.CSharpUsage);

        writer.Heading(2, $"4. Return {d.Code} {d.ReasonPhrase} from a web framework");
        foreach ((Framework framework, string code) in page.Snippets())
        {
            writer.Heading(3, framework.Title);
            writer.Code(framework.Language, code);
        }

        WriteMoreCodes(page, writer);
    }

    private static void WriteMoreCodes(ReferencePage page, PageWriter writer)
    {
        string protocol = page.Definition.Protocol;
        writer.Heading(2, $"More {page.ProtocolTitle} codes");
        string codes = string.Join(" ", page.OtherCodes.Select(o => o.Code).Distinct());
        writer.Paragraph(codes + $"\nSee them all with 'fakestatus list {protocol}', one with 'fakestatus show {protocol} <code>'.");
    }

    /// <summary>A gRPC status has no URL, curl line or web-framework return: it answers a gRPC call on a route.</summary>
    private static void WriteGrpc(ReferencePage page, List<(string, string, string?)> fields, PageWriter writer)
    {
        StatusDefinition d = page.Definition;
        fields.Add(("FakeStatus route", $"handler.WhenGrpc(\"{ReferencePageBuilder.GrpcExampleMethod}\") (FakeStatus.Grpc)", null));
        writer.Fields(fields);

        writer.Heading(2, "1. Canonical response");
        writer.Paragraph($"A gRPC status travels as grpc-status on an HTTP/2 200, not as the HTTP status. Without reply messages a server sends it in the headers (a trailers-only response), as here for a call to {page.Path}:");
        writer.Code("http", page.RawResponse);

        writer.Heading(2, "2. Use it from .NET with FakeStatus.Grpc");
        writer.Code("csharp", page.GrpcUsage);

        WriteMoreCodes(page, writer);
    }

    /// <summary>Only the snippet of one framework, for <c>--framework</c>: the code and nothing else, ready to paste.</summary>
    public static void WriteSnippet(ReferencePage page, Framework framework, PageWriter writer) =>
        writer.Code(framework.Language, framework.Render(page.Response));
}
