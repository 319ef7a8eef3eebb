using System;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace FakeStatus.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/FakeStatus.Benchmarks -- --filter '*' --job short</c>
/// (benchmarks/README.md lists the commands and explains each figure). Every figure that matters is a ratio to a baseline
/// measured in the same run, so a busy machine skews the ratios less than the times.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length is 1 or 2 && args[0] == "--cpu-pairs")
        {
            CpuTimePairs.Run(TimeSpan.FromMilliseconds(25), args.Length == 2 ? args[1] : null);
            return;
        }

        // BenchmarkDotNet builds a copy of this project before it measures; on a loaded machine that takes minutes, not seconds.
        IConfig config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
