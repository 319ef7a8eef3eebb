namespace FakeStatus.Sdk.Tests;

/// <summary>The OpenAI SDK writes type and code into its message's first line, "HTTP 429 (requests: rate_limit_exceeded)"; no property carries them.</summary>
internal static class OpenAiMessage
{
    public static string? CodeIn(string firstLine)
    {
        int colon = firstLine.LastIndexOf(": ", StringComparison.Ordinal);
        string code = colon < 0 ? string.Empty : firstLine[(colon + 2)..].TrimEnd(')', '\r', ' ');
        return code.Length == 0 ? null : code;
    }
}
