using FakeStatus.Reliability.Tests.Architecture.Fixture.High;

namespace FakeStatus.Reliability.Tests.Architecture.Fixture.Low;

/// <summary>A lower-layer type that uses a higher one only inside a method body: the check must still see it.</summary>
internal static class LowCounter
{
    public static int Count() => HighReport.Lines(2).Length;
}
