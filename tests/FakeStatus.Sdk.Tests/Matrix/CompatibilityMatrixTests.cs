namespace FakeStatus.Sdk.Tests.Matrix;

/// <summary>
/// The SDK compatibility matrix in docs/error-styles.md is this test's output: it observes every SDK x status (sharing the observations the
/// per-SDK tests assert on) and fails when that page holds any other table. To regenerate it after a change:
/// <c>FAKESTATUS_WRITE_MATRIX=1 dotnet test tests/FakeStatus.Sdk.Tests --filter CompatibilityMatrix</c>.
/// </summary>
public sealed class CompatibilityMatrixTests
{
    [Test]
    public async Task ErrorStylesPage_ContainsExactlyTheObservedMatrix()
    {
        var rows = new List<(MatrixCase, Observation)>();
        foreach (MatrixCase row in AllCases())
        {
            rows.Add((row, await row.Observe()));
        }

        string table = MatrixTable.Write(rows);
        string readmePath = Path.Combine(RepositoryRoot(), "docs", "error-styles.md");
        string readme = await File.ReadAllTextAsync(readmePath);
        int start = readme.IndexOf(MatrixTable.Start, StringComparison.Ordinal);
        int end = readme.IndexOf(MatrixTable.End, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, "docs/error-styles.md needs the line {0}", MatrixTable.Start);
        end.Should().BeGreaterThan(start, "docs/error-styles.md needs the line {0} after the start marker", MatrixTable.End);

        string current = readme.Substring(start, end + MatrixTable.End.Length - start);
        if (Environment.GetEnvironmentVariable("FAKESTATUS_WRITE_MATRIX") == "1")
        {
            await File.WriteAllTextAsync(readmePath, readme.Replace(current, table, StringComparison.Ordinal));
            current = table;
        }

        current.Should().Be(table, "the matrix is generated: run FAKESTATUS_WRITE_MATRIX=1 dotnet test tests/FakeStatus.Sdk.Tests --filter CompatibilityMatrix");
    }

    [Test]
    public void AllCases_CoverEverySdkAtEveryCommonStatusPlusAVendorCode()
    {
        AllCases().GroupBy(c => c.Sdk).Should().HaveCount(14).And.OnlyContain(g => g.Count() == SdkStatuses.Common.Length + 1);
    }

    private static IEnumerable<MatrixCase> AllCases() =>
        AzureBlobsTests.Cases()
            .Concat(AwsS3Tests.Cases())
            .Concat(OpenAiTests.Cases())
            .Concat(AzureOpenAiTests.Cases())
            .Concat(StripeTests.Cases())
            .Concat(OctokitTests.Cases())
            .Concat(AzureTablesTests.Cases())
            .Concat(KeyVaultSecretsTests.Cases())
            .Concat(DynamoDbTests.Cases())
            .Concat(SqsTests.Cases())
            .Concat(GoogleStorageTests.Cases())
            .Concat(GraphTests.Cases())
            .Concat(TwilioTests.Cases())
            .Concat(AnthropicTests.Cases());

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FakeStatus.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("FakeStatus.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
