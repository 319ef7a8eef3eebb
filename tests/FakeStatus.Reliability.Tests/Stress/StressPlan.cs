namespace FakeStatus.Reliability.Tests.Stress;

/// <summary>
/// Which request number gets which kind and URL: a pure function of the number, so expected totals are computed
/// up front and every run sends the same requests.
/// </summary>
internal static class StressPlan
{
    public const int SequenceRoutes = 16;
    public const int MaxSequenceSteps = 1000;
    public const string Host = "https://stress.test";

    private static readonly string[] Named = ["/smtp/530", "/ftp/421", "/pantheon/530", "/status/418"];

    public static StressKind KindOf(long i) => (i % 100) switch
    {
        < 30 => StressKind.ConventionCode,
        < 40 => StressKind.ConventionNamed,
        < 45 => StressKind.ConventionRandom,
        < 49 => StressKind.ConventionControls,
        < 50 => StressKind.ConventionSleep,
        < 65 => StressKind.Literal,
        < 77 => StressKind.Templated,
        < 89 => StressKind.Random,
        < 91 => StressKind.Sequence,
        < 94 => StressKind.Delayed,
        < 98 => StressKind.Post,
        < 99 => StressKind.Timeout,
        _ => StressKind.Unmatched,
    };

    /// <summary>The code <c>/{code}</c> asks for: walks all of 100-999.</summary>
    public static int CodeOf(long i) => 100 + (int)(i * 7 % 900);

    /// <summary>Which sequence route request <paramref name="i"/> goes to.</summary>
    public static int SequenceOf(long i) => (int)(i / 100 % SequenceRoutes);

    /// <summary>The status a sequence step answers: cycles through a few codes so a reordering shows in the log.</summary>
    public static int StepCode(int step) => 200 + step % 7;

    public static string PathOf(long i) => KindOf(i) switch
    {
        StressKind.ConventionCode => "/" + CodeOf(i),
        StressKind.ConventionNamed => Named[i % Named.Length],
        StressKind.ConventionRandom => "/random/200,500-504",
        StressKind.ConventionControls => i % 2 == 0 ? "/503?suppressBody=true" : "/429",
        StressKind.ConventionSleep => "/504?sleep=100",
        StressKind.Literal => "/api/users",
        StressKind.Templated => "/api/orders/" + (i % 97),
        StressKind.Random => "/flaky/" + (i % 13),
        StressKind.Sequence => "/seq/" + SequenceOf(i),
        StressKind.Delayed => "/slow",
        StressKind.Post => "/api/echo",
        StressKind.Timeout => "/hang",
        _ => "/nowhere/" + (i % 31),
    };

    /// <summary>How many requests of each kind, and per sequence route, a run of <paramref name="total"/> sends.</summary>
    public static (Dictionary<StressKind, long> Kinds, long[] PerSequence) Count(long total)
    {
        var kinds = Enum.GetValues<StressKind>().ToDictionary(k => k, _ => 0L);
        var perSequence = new long[SequenceRoutes];
        for (long i = 0; i < total; i++)
        {
            StressKind kind = KindOf(i);
            kinds[kind]++;
            if (kind == StressKind.Sequence)
            {
                perSequence[SequenceOf(i)]++;
            }
        }

        return (kinds, perSequence);
    }

    /// <summary>Steps per sequence route: up to 1000, and always fewer than its requests so exhaustion is exercised too.</summary>
    public static int StepsFor(long[] perSequence) => (int)Math.Max(1, Math.Min(MaxSequenceSteps, perSequence.Min() * 4 / 5));
}
