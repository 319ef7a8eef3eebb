using BenchmarkDotNet.Running;

namespace FakeStatus.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/FakeStatus.Benchmarks -- --filter '*' --job short</c>.
/// Every figure that matters is a ratio to the floor measured in the same run, so the shared 2-core machine skews little.
/// </summary>
public static class Program
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
