namespace FakeStatus.Reliability.Tests.Architecture;

/// <summary>
/// The core assembly's folders depend one way: no type uses a type of a higher layer (<see cref="CoreLayers"/>), read from
/// the compiled IL and the PDB, so comments and strings never count and every use in code does.
/// </summary>
public sealed class LayerTests
{
    [Test]
    public void CoreFolders_EveryUse_PointsToTheSameOrALowerLayer()
    {
        var (edges, problems) = AssemblyEdges.Read(typeof(FakeStatusHandler).Assembly.Location, "/src/FakeStatus/", wholeAssembly: true);

        var all = problems.Concat(LayerCheck.Problems(CoreLayers.Order, edges, CoreLayers.Exceptions)).ToList();

        all.Should().BeEmpty(
            "a lower layer must never know a higher one (docs/architecture.md); move each type below to the folder of its "
            + "concept, or let the lower layer take data, a delegate or an interface of its own that the higher one supplies:\n"
            + string.Join("\n", all) + "\n");
    }

    [Test]
    public void CoreFolders_Read_FindsTheHandlerUsingTheCatalog()
    {
        // Guards the check itself: an empty reading (no PDB documents, a wrong root) would pass the test above.
        var (edges, _) = AssemblyEdges.Read(typeof(FakeStatusHandler).Assembly.Location, "/src/FakeStatus/", wholeAssembly: true);

        edges.Should().Contain(edge => edge.From == "Handler/FakeStatusHandler" && edge.To == "Catalog/StatusCatalog");
        edges.Select(edge => edge.FromFolder).Distinct().Should().HaveCountGreaterThan(10);
    }

    [Test]
    public void Read_FixtureWithUpwardUsesInBodiesAndLambdas_ReportsEachAndIgnoresCommentsStringsAndNameof()
    {
        var (edges, problems) = AssemblyEdges.Read(typeof(LayerTests).Assembly.Location, "/Architecture/Fixture/", wholeAssembly: false);

        problems.Should().BeEmpty();
        LayerCheck.Problems([["Low"], ["High"]], edges, []).Should().Equal(
            "Low/LowCounter -> High/HighReport (upward: Count(): calls HighReport.Lines)",
            "Low/LowDeferred -> High/HighReport (upward: Later(): calls HighReport.Lines)");
    }

    [Test]
    public void Problems_DownwardAndSameFolderEdges_AreFine()
    {
        FolderEdge[] edges = [Edge("Handler", "Catalog"), Edge("Catalog", "Catalog")];

        LayerCheck.Problems([["Catalog"], ["Handler"]], edges, []).Should().BeEmpty();
    }

    [Test]
    public void Problems_EdgeBetweenFoldersOfOneLayer_IsReported()
    {
        LayerCheck.Problems([["Catalog", "Responses"]], [Edge("Catalog", "Responses")], []).Should().Equal(
            "Catalog/CatalogType -> Responses/ResponsesType (same layer: field x)");
    }

    [Test]
    public void Problems_FolderInNoLayer_IsReported()
    {
        LayerCheck.Problems([["Catalog"]], [Edge("Catalog", "Extras")], []).Should().Equal(
            "Extras is in no layer: add the folder to the layer order.");
    }

    [Test]
    public void Problems_KnownException_ExcusesItsEdgeOnly()
    {
        KnownException known = new("Time/TimeType", "Handler/HandlerType", "being cut");

        LayerCheck.Problems([["Time"], ["Handler"]], [Edge("Time", "Handler"), Edge("Time", "Handler", "OtherType")], [known])
            .Should().Equal("Time/TimeType -> Handler/OtherType (upward: field x)");
    }

    [Test]
    public void Problems_KnownExceptionThatNoLongerOccurs_IsReported()
    {
        KnownException known = new("Time/TimeType", "Handler/HandlerType", "being cut");

        LayerCheck.Problems([["Time"], ["Handler"]], [], [known]).Should().Equal(
            "Time/TimeType -> Handler/HandlerType no longer occurs: remove it from the known exceptions.");
    }

    [TestCase("/_/src/FakeStatus/Catalog/StatusEntry.cs", "Catalog")]
    [TestCase(@"C:\repo\src\FakeStatus\Handler\FakeStatusHandler.Send.cs", "Handler")]
    [TestCase("/repo/src/FakeStatus/Root.cs", null)]
    [TestCase("/repo/src/FakeStatus/obj/Release/net10.0/FakeStatus.AssemblyInfo.cs", null)]
    [TestCase("/repo/src/FakeStatus.Http/Handler/Other.cs", null)]
    public void FolderOf_DocumentPath_IsTheFirstFolderBelowTheRoot(string path, string? expected)
    {
        SourceFolders.FolderOf(path, "/src/FakeStatus/").Should().Be(expected);
    }

    private static FolderEdge Edge(string from, string to, string? toType = null) =>
        new(from, from + "Type", to, toType ?? to + "Type", "field x");
}
