using CsCheck;

namespace FakeStatus.Reliability.Tests.Properties;

/// <summary>
/// Runs a property over cases drawn from one fixed PCG stream, so every run checks the same cases. A failure names the
/// case, its number, and the CsCheck seed that regenerates it (<c>gen.Sample(check, seed: "...", iter: 1)</c>).
/// </summary>
internal static class PropertyRunner
{
    /// <summary>The run seed; set FAKESTATUS_PROPERTY_SEED to explore other cases (the default keeps CI reproducible).</summary>
    public static ulong Seed { get; } = ulong.TryParse(Environment.GetEnvironmentVariable("FAKESTATUS_PROPERTY_SEED"), out ulong s) ? s : 20260225UL;

    /// <summary>
    /// Checks <paramref name="check"/> on <paramref name="cases"/> cases of <paramref name="gen"/>, prints the run's seed and
    /// failure count, fails the test with the first failing cases, and returns the number of cases checked.
    /// </summary>
    public static int Run<T>(string name, Gen<T> gen, int cases, Action<T> check, Func<T, string>? print = null)
    {
        var pcg = new PCG(StreamOf(name), Seed);
        int failures = 0;
        var messages = new List<string>();
        for (int i = 0; i < cases; i++)
        {
            string caseSeed = pcg.ToString(pcg.State);
            T value = gen.Generate(pcg, null!, out _);
            try
            {
                check(value);
            }
#pragma warning disable CA1031 // Every failure of the property is collected, whatever its type, to report them all.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures++;
                if (messages.Count < 5)
                {
                    string shown = print?.Invoke(value) ?? Shorten(value?.ToString() ?? "null");
                    messages.Add($"case #{i} (CsCheck seed \"{caseSeed}\"): {shown}\n  {e.GetType().Name}: {Shorten(e.Message)}");
                }
            }
        }

        TestContext.Out.WriteLine($"{name}: {cases:N0} cases, run seed {Seed}, stream {StreamOf(name)}, {failures} failed");
        if (failures > 0)
        {
            Assert.Fail($"{name}: {failures} of {cases} cases failed (run seed {Seed}). First ones:\n" + string.Join("\n", messages));
        }

        return cases;
    }

    public static string Shorten(string text) => text.Length <= 300 ? Escape(text) : Escape(text.Substring(0, 300)) + $"... ({text.Length} chars)";

    private static string Escape(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>A stream per property, so adding cases to one property leaves the others' cases unchanged.</summary>
    private static uint StreamOf(string name)
    {
        uint hash = 2166136261;
        foreach (char c in name)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return hash;
    }
}
