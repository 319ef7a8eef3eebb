namespace FakeStatus.Tests;

/// <summary>The approval-file mechanism itself, in a temporary folder so that the real approved files are never touched.</summary>
public sealed class ApprovalsTests
{
    private string _directory = string.Empty;
    private string _approved = string.Empty;
    private string _received = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        _directory = Path.Combine(Path.GetTempPath(), "fakestatus-approvals-" + Guid.NewGuid().ToString("N"));
        _approved = Path.Combine(_directory, "Approvals", "SomeTests.Case.approved.txt");
        _received = Path.Combine(_directory, "Approvals", "SomeTests.Case.received.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(_approved)!);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void Compare_SameText_PassesAndLeavesNoReceivedFile()
    {
        File.WriteAllText(_approved, "line one\nline two\n");
        File.WriteAllText(_received, "a stale received file");

        Approvals.Compare("line one\nline two", _approved, accept: false).Should().BeNull();

        File.Exists(_received).Should().BeFalse();
        File.ReadAllText(_approved).Should().Be("line one\nline two\n");
    }

    [Test]
    public void Compare_WindowsLineEndings_AreTheSameText()
    {
        File.WriteAllText(_approved, "line one\r\nline two\r\n");

        Approvals.Compare("line one\nline two", _approved, accept: false).Should().BeNull();
        Approvals.Compare("line one\r\nline two", _approved, accept: false).Should().BeNull();
    }

    [Test]
    public void Compare_DifferentLine_FailsWithTheFirstDifferenceAndWritesTheReceivedFile()
    {
        File.WriteAllText(_approved, "line one\nline two\nline three\n");

        string? failure = Approvals.Compare("line one\nline 2\nline three", _approved, accept: false);

        failure.Should().Be(
            "The text differs from SomeTests.Case.approved.txt.\n" +
            "First difference at line 2:\n" +
            "  approved: line two\n" +
            "  received: line 2\n" +
            $"Received text written to {_received}\n" +
            "If the new text is right, accept it (and every other received file): tests/approve, or re-run with FAKESTATUS_APPROVE=1.");
        File.ReadAllText(_received).Should().Be("line one\nline 2\nline three\n");
        File.ReadAllText(_approved).Should().Be("line one\nline two\nline three\n");
    }

    [TestCase("line one", "(end of text)", TestName = "Compare_ReceivedEndsEarly_SaysEndOfText")]
    [TestCase("line one\nline two\nline three", "line three", TestName = "Compare_ReceivedHasMoreLines_ShowsTheExtraLine")]
    [TestCase("line one\nline two\n", "", TestName = "Compare_ReceivedHasATrailingLineBreak_IsADifference")]
    public void Compare_DifferentLength_ShowsWhereOneTextEnds(string received, string receivedLine)
    {
        File.WriteAllText(_approved, "line one\nline two\n");

        string? failure = Approvals.Compare(received, _approved, accept: false);

        failure.Should().Contain($"\n  received: {receivedLine}\n");
        File.Exists(_received).Should().BeTrue();
    }

    [Test]
    public void Compare_NoApprovedFile_FailsShowingTheTextAndWritesTheReceivedFile()
    {
        string? failure = Approvals.Compare("new text", _approved, accept: false);

        failure.Should().StartWith("No approved text yet: SomeTests.Case.approved.txt.\nReceived:\nnew text\n");
        File.Exists(_approved).Should().BeFalse();
        File.ReadAllText(_received).Should().Be("new text\n");
    }

    [Test]
    public void Compare_Accepting_WritesTheApprovedFileAndRemovesTheReceivedOne()
    {
        File.WriteAllText(_approved, "old text\n");
        File.WriteAllText(_received, "old received text\n");

        Approvals.Compare("new text\nsecond line", _approved, accept: true).Should().BeNull();

        File.ReadAllText(_approved).Should().Be("new text\nsecond line\n");
        File.Exists(_received).Should().BeFalse();
        Approvals.Compare("new text\nsecond line", _approved, accept: false).Should().BeNull();
    }

    [Test]
    public void ApprovedPath_IsInTheApprovalsFolderBesideTheTestSource_NamedByClassAndCase()
    {
        string source = Path.Combine(_directory, "UnmatchedTests.cs");
        File.WriteAllText(source, "// a test source");

        Approvals.ApprovedPath(source, "Unmatched_NoRoutes").Should().Be(Path.Combine(_directory, "Approvals", "UnmatchedTests.Unmatched_NoRoutes.approved.txt"));
    }

    [Test]
    public void ApprovedPath_SourceMappedByACiBuild_IsFoundUnderTheRepositoryRoot()
    {
        string mapped = "/_/tests/FakeStatus.Tests/" + nameof(ApprovalsTests) + ".cs";

        string path = Approvals.ApprovedPath(mapped, "Case");

        path.Should().EndWith(Path.Combine("tests", "FakeStatus.Tests", "Approvals", "ApprovalsTests.Case.approved.txt"));
        File.Exists(Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(path)!)!, "ApprovalsTests.cs")).Should().BeTrue();
    }

    [Test]
    public void ApprovedPath_SourceNotOnThisMachine_ThrowsSayingToRunFromAClone()
    {
        FluentActions.Invoking(() => Approvals.ApprovedPath("/_/tests/Nowhere/GoneTests.cs", "Case"))
            .Should().Throw<InvalidOperationException>().WithMessage("*GoneTests.cs is not on this machine*");
    }

    [Test]
    public void Verify_TextOfThisTest_MatchesItsApprovedFileBesideThisSource()
    {
        Approvals.Verify("The approved file of this case sits in Approvals/ beside this source,\nnamed after the test class and the test method.");
    }
}
