using System.Collections.Generic;

namespace FakeStatus;

/// <summary>The text of a realism failure: who answered, every problem, and how to fix or allow it.</summary>
internal static class RealismMessage
{
    public const string Remedy =
        "Add what is missing or remove what a real server would not send; for a deliberately broken server set FakeStatusOptions.Realism to RealismCheck.Off.";

    public static string Rejected(string who, IReadOnlyList<string> problems) =>
        who + " a response no real server sends:\n    " + string.Join("\n    ", problems) + "\n" + Remedy;
}
