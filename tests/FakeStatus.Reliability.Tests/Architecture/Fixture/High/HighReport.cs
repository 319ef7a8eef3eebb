using FakeStatus.Reliability.Tests.Architecture.Fixture.Low;

namespace FakeStatus.Reliability.Tests.Architecture.Fixture.High;

/// <summary>A higher-layer type using a lower one: the right way.</summary>
internal static class HighReport
{
    public static string[] Lines(int count) => Enumerable.Repeat(LowNote.Name(), count).ToArray();
}
