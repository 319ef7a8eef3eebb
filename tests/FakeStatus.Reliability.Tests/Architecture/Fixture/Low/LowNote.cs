using FakeStatus.Reliability.Tests.Architecture.Fixture.High;

namespace FakeStatus.Reliability.Tests.Architecture.Fixture.Low;

/// <summary>Names the higher layer's HighReport only in this comment, a string and a nameof, none of which is a use.</summary>
internal static class LowNote
{
    // HighReport is named here too.
    public static string Name() => "HighReport, " + nameof(HighReport);
}
