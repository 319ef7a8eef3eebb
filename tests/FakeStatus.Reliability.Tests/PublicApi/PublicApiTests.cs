using System.Reflection;
using FakeStatus.Tests;
using PublicApiGenerator;

namespace FakeStatus.Reliability.Tests.PublicApi;

/// <summary>
/// Each package's public API, as text, must equal its checked-in <c>{Assembly}.approved.txt</c>, so every change to the surface
/// shows as a diff in review; a change is accepted like any approval file (docs/approval-files.md). Adding a package is one
/// <see cref="TestCaseAttribute"/> (and a project reference).
/// </summary>
public sealed class PublicApiTests
{
    [TestCase("FakeStatus")]
    [TestCase("FakeStatus.MockHttp")]
    [TestCase("FakeStatus.Http")]
    [TestCase("FakeStatus.OpenApi")]
    [TestCase("FakeStatus.Grpc")]
    public void PublicApi_MatchesTheApprovedFile(string assemblyName)
    {
        Assembly assembly = Assembly.Load(assemblyName);
        string received = assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // The assembly attributes carry build details (framework, versions) that are not API.
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
            IncludeAssemblyAttributes = false,

            // FakeStatus.Http puts its extensions where DI users look for them; the generator skips Microsoft.* unless told.
            AllowNamespacePrefixes = ["Microsoft.Extensions.DependencyInjection"],
        });

        // The generated text's trailing line breaks vary; the approved file holds the text without them.
        string approvedPath = Path.Combine(ProjectDirectory(), "PublicApi", assemblyName + ".approved.txt");
        Approvals.VerifyFile(received.TrimEnd(), approvedPath, $"The public API of {assemblyName}");
    }

    private static string ProjectDirectory()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FakeStatus.Reliability.Tests.csproj")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("FakeStatus.Reliability.Tests.csproj not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
