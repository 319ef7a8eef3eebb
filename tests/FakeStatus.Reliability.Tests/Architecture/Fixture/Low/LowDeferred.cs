using FakeStatus.Reliability.Tests.Architecture.Fixture.High;

namespace FakeStatus.Reliability.Tests.Architecture.Fixture.Low;

/// <summary>A lower-layer type that uses a higher one inside a lambda, which the compiler moves to a nested type.</summary>
internal static class LowDeferred
{
    public static Func<int> Later() => () => HighReport.Lines(1).Length;
}
