namespace FakeStatus.Sdk.Tests.Matrix;

/// <summary>What an SDK made of one FakeStatus answer: the exception it raised and what it read from the response.</summary>
internal sealed record Observation(string Raised, int? Status, string? Code, string? Message, string? RequestId)
{
    public static Observation NoException { get; } = new("(no exception)", null, null, null, null);

    /// <summary>The first line of a message, shortened: SDK messages append request ids, headers and bodies.</summary>
    public static string? FirstLine(string? message, int max = 60)
    {
        if (message is null)
        {
            return null;
        }

        string line = message.Split('\n')[0].Trim();
        return line.Length <= max ? line : line[..(max - 3)] + "...";
    }
}
