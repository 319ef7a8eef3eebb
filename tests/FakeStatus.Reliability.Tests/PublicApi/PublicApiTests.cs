using System.Reflection;
using PublicApiGenerator;

namespace FakeStatus.Reliability.Tests.PublicApi;

/// <summary>
/// Each package's public API, as text, must equal its checked-in <c>{Assembly}.approved.txt</c>, so every change to the surface
/// shows as a diff in review. Adding a package is one <see cref="TestCaseAttribute"/> (and a project reference).
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
        string received = Normalise(assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // The assembly attributes carry build details (framework, versions) that are not API.
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
            IncludeAssemblyAttributes = false,

            // FakeStatus.Http puts its extensions where DI users look for them; the generator skips Microsoft.* unless told.
            AllowNamespacePrefixes = ["Microsoft.Extensions.DependencyInjection"],
        }));
        string directory = Path.Combine(ProjectDirectory(), "PublicApi");
        string approvedPath = Path.Combine(directory, assemblyName + ".approved.txt");
        string receivedPath = Path.Combine(directory, assemblyName + ".received.txt");
        string approved = File.Exists(approvedPath) ? Normalise(File.ReadAllText(approvedPath)) : string.Empty;

        if (received == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail(
            $"The public API of {assemblyName} changed. If the change is intended, approve it:\n" +
            $"  cp \"{receivedPath}\" \"{approvedPath}\"\n" +
            $"and commit the approved file so the change shows in review. First difference at line {FirstDifference(approved, received)}.");
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

    private static int FirstDifference(string approved, string received)
    {
        string[] a = approved.Split('\n');
        string[] r = received.Split('\n');
        int line = 0;
        while (line < a.Length && line < r.Length && a[line] == r[line])
        {
            line++;
        }

        return line + 1;
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
