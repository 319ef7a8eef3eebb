using System;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace FakeStatus.Benchmarks;

/// <summary>
/// The CPU time this process has used, in microseconds. Unlike wall-clock time it does not grow while the process waits for
/// a core, so on a machine shared with other work it still measures the code rather than the queue for the processor.
/// </summary>
public static class ProcessCpuTime
{
    private const int RusageSelf = 0;

    public static long Microseconds()
    {
        // getrusage gives microseconds; Process.TotalProcessorTime on Linux only moves in 10 ms clock ticks.
        if (OperatingSystem.IsLinux() && NativeMethods.getrusage(RusageSelf, out RUsage usage) == 0)
        {
            return (usage.UserSeconds * 1_000_000) + usage.UserMicroseconds + (usage.SystemSeconds * 1_000_000) + usage.SystemMicroseconds;
        }

        return (long)Process.GetCurrentProcess().TotalProcessorTime.TotalMicroseconds;
    }

    /// <summary>The head of Linux's <c>struct rusage</c> on 64-bit: two <c>timeval</c>s, then fields this reader ignores.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 144)]
    internal struct RUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int getrusage(int who, out RUsage usage);
    }
}
