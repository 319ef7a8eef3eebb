namespace FakeStatus.OpenApi;

/// <summary>JSON pointer text (RFC 6901), so every location in a message can be pasted into a tool that follows pointers.</summary>
internal static class Pointer
{
    public static string Escape(string token) => token.Replace("~", "~0").Replace("/", "~1");

    public static string Operation(string path, string method) => $"#/paths/{Escape(path)}/{method.ToLowerInvariant()}";
}
