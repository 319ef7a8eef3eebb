namespace FakeStatus.Tests.Catalog;

public sealed class GrpcCatalogTests
{
    private static readonly StatusCatalog Catalog = StatusCatalog.Default;

    [Test]
    public void ForProtocol_Grpc_HasTheSeventeenCodesByTheirCanonicalNames()
    {
        IReadOnlyList<StatusDefinition> codes = Catalog.ForProtocol("grpc");

        codes.Select(d => d.Code).Should().Equal(Enumerable.Range(0, 17));
        codes.Select(d => d.ReasonPhrase).Should().Equal(
            "OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND", "ALREADY_EXISTS", "PERMISSION_DENIED",
            "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE",
            "DATA_LOSS", "UNAUTHENTICATED");
        codes.Should().OnlyContain(d => d.SourceUrl == "https://github.com/grpc/grpc/blob/master/doc/statuscodes.md" && d.IsVerified);
    }

    [Test]
    public void Get_Grpc14_IsUnavailableWithItsSourceTextAndHttpStatuses()
    {
        StatusDefinition unavailable = Catalog.Get("grpc", 14);

        unavailable.ReasonPhrase.Should().Be("UNAVAILABLE");
        unavailable.SourceText.Should().StartWith("The service is currently unavailable. This is most likely a transient condition");
        unavailable.HttpStatusCodes.Should().Equal(429, 502, 503, 504);
        unavailable.Class.Should().Be(0);
    }

    [Test]
    public void HttpStatuses_AreGrpcsHttpToGrpcMapping()
    {
        var mapping = Catalog.ForProtocol("grpc").SelectMany(d => d.HttpStatusCodes.Select(http => (http, d.ReasonPhrase))).OrderBy(p => p.http).ToList();

        mapping.Should().Equal(
            (400, "INTERNAL"), (401, "UNAUTHENTICATED"), (403, "PERMISSION_DENIED"), (404, "UNIMPLEMENTED"),
            (429, "UNAVAILABLE"), (502, "UNAVAILABLE"), (503, "UNAVAILABLE"), (504, "UNAVAILABLE"));
        Catalog.Get(503).HttpStatusCodes.Should().BeEmpty("only another protocol's codes map HTTP statuses onto themselves");
    }

    [TestCase(-1)]
    [TestCase(17)]
    [TestCase(200)]
    public void Get_GrpcCodeOutsideZeroToSixteen_ThrowsNamingTheRange(int code)
    {
        Action act = () => Catalog.Get("grpc", code);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"gRPC status code {code} is out of range: a gRPC status code is a whole number from 0 (OK) to 16 (UNAUTHENTICATED).*");
    }

    [Test]
    public void TryGet_GrpcCodeAbove16_IsFalse() => Catalog.TryGet("grpc", 17, out _).Should().BeFalse();

    [Test]
    public void StatusDefinition_CodeOutsideItsProtocolsRange_Throws()
    {
        FluentActions.Invoking(() => new StatusDefinition("http", 14, "UNAVAILABLE")).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Code");
        FluentActions.Invoking(() => new StatusDefinition("grpc", 503, "x")).Should().Throw<ArgumentOutOfRangeException>().WithMessage("gRPC status code 503*");
        FluentActions.Invoking(() => Catalog.Get("grpc", 14) with { Protocol = "http" }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Protocol");
    }

    [Test]
    public void Parse_HttpStatusOutOfRange_NamesTheField()
    {
        const string Json = """{"protocol": "grpc", "definitions": [{"code": 14, "reasonPhrase": "UNAVAILABLE", "httpStatuses": [503, 42]}]}""";

        Action act = () => StatusCatalog.Parse(Json, "mine.json");

        act.Should().Throw<StatusCatalogException>().Where(e => e.Field == "$.definitions[0].httpStatuses")
            .WithMessage("*42*100 to 999*");
    }

    [Test]
    public void Parse_HttpStatuses_AreRead() =>
        StatusCatalog.Parse("""{"protocol": "grpc", "definitions": [{"code": 7, "reasonPhrase": "PERMISSION_DENIED", "httpStatuses": [403]}]}""")
            .Get("grpc", 7).HttpStatusCodes.Should().Equal(403);
}
