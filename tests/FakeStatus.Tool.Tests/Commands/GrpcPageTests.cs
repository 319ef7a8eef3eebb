namespace FakeStatus.Tool.Tests.Commands;

[TestFixture]
public sealed class GrpcPageTests
{
    [Test]
    public async Task Show_Grpc14_PrintsTheTrailersOnlyAnswerAndTheHttpMapping()
    {
        ToolRun run = await ToolRun.RunAsync("show", "grpc", "14", "--date", ToolRun.SeedDate);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().StartWith("gRPC 14 UNAVAILABLE\n");
        run.Stdout.Should().Contain("From HTTP statuses: 429, 502, 503, 504 (gRPC clients turn these into UNAVAILABLE)");
        run.Stdout.Should().Contain(
            "HTTP/2.0 200 OK\n" +
            "Content-Type: application/grpc\n" +
            "Date: Wed, 25 Feb 2026 12:00:00 GMT\n" +
            "grpc-status: 14\n" +
            "grpc-message: UNAVAILABLE\n");
        run.Stdout.Should().Contain("RespondGrpc(StatusCode.Unavailable, \"UNAVAILABLE\")");
        run.Stdout.Should().NotContain("curl", "a gRPC status has no URL to fetch");
    }

    [Test]
    public async Task Show_Grpc4_NamesTheDotnetStatusCode()
    {
        ToolRun run = await ToolRun.RunAsync("show", "grpc", "4");

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain("StatusCode.DeadlineExceeded (4)");
    }

    [Test]
    public async Task List_Grpc_ListsTheSeventeenCodes()
    {
        ToolRun run = await ToolRun.RunAsync("list", "grpc");

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain("codes (17)").And.Contain("fakestatus show grpc 0").And.Contain("fakestatus show grpc 16");
        run.Stdout.Should().Contain("16    UNAUTHENTICATED");
    }
}
