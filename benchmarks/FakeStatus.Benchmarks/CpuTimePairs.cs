using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace FakeStatus.Benchmarks;

/// <summary>
/// A second opinion for a busy machine: each pair of benchmark methods (a baseline and a candidate from the classes above,
/// same setup) runs in one process in alternating rounds, timed by process CPU time, and the figure is the median of the
/// per-round ratios, so load that comes and goes hits both sides of a pair alike. Sequential methods only.
/// Run: <c>dotnet run -c Release --project benchmarks/FakeStatus.Benchmarks -- --cpu-pairs</c>.
/// </summary>
public static class CpuTimePairs
{
    private const int Rounds = 12;

    /// <summary>Wall-clock time each pair runs before measuring, so tiered JIT has promoted both sides.</summary>
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(1.5);

    private static readonly (Type Type, string Baseline, string Candidate)[] Pairs =
    [
        (typeof(RequestBenchmarks), nameof(RequestBenchmarks.HarnessFloor), nameof(RequestBenchmarks.RequiredWork)),
        (typeof(RequestBenchmarks), nameof(RequestBenchmarks.HarnessFloor), nameof(RequestBenchmarks.FakeStatusByConvention)),
        (typeof(RequestBenchmarks), nameof(RequestBenchmarks.HarnessFloor), nameof(RequestBenchmarks.FakeStatusByRoute)),
        (typeof(RequestBenchmarks), nameof(RequestBenchmarks.RequiredWork), nameof(RequestBenchmarks.FakeStatusByConvention)),
        (typeof(RequestBenchmarks), nameof(RequestBenchmarks.HarnessFloor), nameof(RequestBenchmarks.MockHttp)),
        (typeof(RequestBenchmarks), nameof(RequestBenchmarks.HarnessFloor), nameof(RequestBenchmarks.Flurl)),
        (typeof(RequestBenchmarks), nameof(RequestBenchmarks.FreshFloor), nameof(RequestBenchmarks.FreshFakeStatusByConvention)),
        (typeof(RequestBenchmarks), nameof(RequestBenchmarks.FreshFloor), nameof(RequestBenchmarks.FreshFakeStatusByRoute)),
        (typeof(RequestBenchmarks), nameof(RequestBenchmarks.FreshFloor), nameof(RequestBenchmarks.FreshMockHttp)),
        (typeof(RequestBenchmarks), nameof(RequestBenchmarks.FreshFloor), nameof(RequestBenchmarks.FreshFlurl)),
        (typeof(FastPathBenchmarks), nameof(FastPathBenchmarks.UriProperties), nameof(FastPathBenchmarks.PlainUriSplit)),
        (typeof(FastPathBenchmarks), nameof(FastPathBenchmarks.StringLookup), nameof(FastPathBenchmarks.SpanLookup)),
        (typeof(FastPathRequestBenchmarks), nameof(FastPathRequestBenchmarks.ConventionFallback), nameof(FastPathRequestBenchmarks.ConventionPlain)),
        (typeof(FastPathRequestBenchmarks), nameof(FastPathRequestBenchmarks.FloorFragment), nameof(FastPathRequestBenchmarks.FloorPlain)),
        (typeof(FastPathRequestBenchmarks), nameof(FastPathRequestBenchmarks.RouteFallback), nameof(FastPathRequestBenchmarks.RoutePlain)),
        (typeof(GrpcBenchmarks), nameof(GrpcBenchmarks.Floor), nameof(GrpcBenchmarks.FakeStatusGrpc)),
        (typeof(GrpcBenchmarks), nameof(GrpcBenchmarks.Floor), nameof(GrpcBenchmarks.FakeStatusGrpcShortLog)),
    ];

    /// <summary>Runs every pair, or with <paramref name="only"/> the pairs of the benchmark classes whose name contains it.</summary>
    public static void Run(TimeSpan roundTime, string? only = null)
    {
        Console.WriteLine($"CPU-time pairs: {Rounds} alternating rounds of ~{roundTime.TotalMilliseconds:F0} ms a side; .NET {Environment.Version}, {Environment.ProcessorCount} cores");
        Console.WriteLine();
        Console.WriteLine("| baseline | candidate | baseline CPU ns/op | candidate CPU ns/op | ratio (median of rounds) | baseline B/op | candidate B/op |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        foreach ((Type type, string baseline, string candidate) in Pairs)
        {
            if (only is not null && !type.Name.Contains(only, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            object instance = Activator.CreateInstance(type)!;
            Invoke<GlobalSetupAttribute>(instance);
            try
            {
                Func<object?> a = Operation(instance, baseline);
                Func<object?> b = Operation(instance, candidate);
                WarmUp(a, b);
                long opsPerRound = Calibrate(a, roundTime);
                var ratios = new List<double>();
                var aTimes = new List<double>();
                var bTimes = new List<double>();
                (double Ns, double Bytes) aLast = default, bLast = default;
                for (int round = 0; round < Rounds; round++)
                {
                    // Alternate which side goes first, so neither always runs right after the other's garbage.
                    bool aFirst = round % 2 == 0;
                    (double Ns, double Bytes) first = Measure(aFirst ? a : b, opsPerRound);
                    (double Ns, double Bytes) second = Measure(aFirst ? b : a, opsPerRound);
                    aLast = aFirst ? first : second;
                    bLast = aFirst ? second : first;
                    aTimes.Add(aLast.Ns);
                    bTimes.Add(bLast.Ns);
                    ratios.Add(bLast.Ns / aLast.Ns);
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {Label(type, baseline)} | {Label(type, candidate)} | {Median(aTimes):F0} | {Median(bTimes):F0} | {Median(ratios):F2} | {aLast.Bytes:F0} | {bLast.Bytes:F0} |"));
            }
            finally
            {
                Invoke<GlobalCleanupAttribute>(instance);
            }
        }
    }

    private static string Label(Type type, string method) =>
        type.GetMethod(method)!.GetCustomAttributes(typeof(BenchmarkAttribute), false).Cast<BenchmarkAttribute>().Single().Description ?? method;

    private static Func<object?> Operation(object instance, string name)
    {
        var method = instance.GetType().GetMethod(name)!;
        return () =>
        {
            object? result = method.Invoke(instance, null);
            return result switch
            {
                Task<string> text => text.GetAwaiter().GetResult(),
                Task<int> number => number.GetAwaiter().GetResult(),
                _ => result,
            };
        };
    }

    private static void WarmUp(Func<object?> a, Func<object?> b)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < Warmup)
        {
            for (int i = 0; i < 32; i++)
            {
                a();
                b();
            }
        }
    }

    private static long Calibrate(Func<object?> operation, TimeSpan roundTime)
    {
        long start = ProcessCpuTime.Microseconds();
        long ops = 0;
        while (ProcessCpuTime.Microseconds() - start < roundTime.TotalMicroseconds)
        {
            for (int i = 0; i < 64; i++)
            {
                operation();
            }

            ops += 64;
        }

        return ops;
    }

    private static (double Ns, double Bytes) Measure(Func<object?> operation, long ops)
    {
        long bytes = GC.GetTotalAllocatedBytes(precise: true);
        long cpu = ProcessCpuTime.Microseconds();
        for (long i = 0; i < ops; i++)
        {
            operation();
        }

        long cpuUsed = ProcessCpuTime.Microseconds() - cpu;
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - bytes;
        return (cpuUsed * 1000.0 / ops, (double)allocated / ops);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static void Invoke<TAttribute>(object instance)
        where TAttribute : Attribute
    {
        foreach (var method in instance.GetType().GetMethods().Where(m => m.GetCustomAttributes(typeof(TAttribute), false).Length > 0))
        {
            method.Invoke(instance, null);
        }
    }
}
