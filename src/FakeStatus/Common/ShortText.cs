namespace FakeStatus;

/// <summary>
/// Long values in messages, cut by one rule everywhere: at a stated number of characters, marked with <c>...</c>, and never
/// between the two halves of a surrogate pair, which would leave a character that no encoder can write.
/// </summary>
internal static class ShortText
{
    /// <summary>What follows a value that was cut.</summary>
    public const string Ellipsis = "...";

    /// <summary>
    /// The first <paramref name="max"/> characters of <paramref name="text"/>, or one fewer when the cut would separate a
    /// surrogate pair; the whole text when it is no longer.
    /// </summary>
    public static string Start(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        int end = max > 0 && char.IsHighSurrogate(text[max - 1]) && char.IsLowSurrogate(text[max]) ? max - 1 : max;
        return text.Substring(0, end);
    }

    /// <summary><paramref name="text"/> when it has at most <paramref name="max"/> characters; otherwise its <see cref="Start"/> and <see cref="Ellipsis"/>.</summary>
    public static string Cut(string text, int max) => text.Length <= max ? text : Start(text, max) + Ellipsis;
}
