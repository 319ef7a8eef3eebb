using System.Globalization;
using System.Text;

namespace FakeStatus.Tool.Tests.Snippets;

/// <summary>
/// A small lexer for the snippets' languages: finds the string literals (decoding their escapes by that language's rules),
/// skips line comments, and checks that brackets outside literals balance. A literal left open, an escape the language lacks
/// or an unbalanced bracket makes the snippet invalid.
/// </summary>
internal sealed class SourceScanner
{
    private SourceScanner(string quotes, string lineComment, bool hashEscape)
    {
        Quotes = quotes;
        LineComment = lineComment;
        HashEscape = hashEscape;
    }

    public static SourceScanner Python { get; } = new("\"'", "#", hashEscape: false);

    public static SourceScanner JavaScript { get; } = new("\"'`", "//", hashEscape: false);

    public static SourceScanner Java { get; } = new("\"", "//", hashEscape: false);

    public static SourceScanner Go { get; } = new("\"`", "//", hashEscape: false);

    public static SourceScanner Ruby { get; } = new("\"'", "#", hashEscape: true);

    public static SourceScanner CSharp { get; } = new("\"", "//", hashEscape: false);

    private string Quotes { get; }

    private string LineComment { get; }

    private bool HashEscape { get; }

    public static SourceScanner For(string language) => language switch
    {
        "python" => Python,
        "javascript" => JavaScript,
        "java" => Java,
        "go" => Go,
        "ruby" => Ruby,
        "csharp" => CSharp,
        _ => throw new ArgumentException("no scanner for " + language, nameof(language)),
    };

    /// <summary>The decoded string literals, in order; throws <see cref="FormatException"/> when the code is not well formed.</summary>
    public IReadOnlyList<string> Literals(string code)
    {
        var literals = new List<string>();
        var brackets = new Stack<char>();
        int i = 0;
        while (i < code.Length)
        {
            char c = code[i];
            if (string.CompareOrdinal(code, i, LineComment, 0, LineComment.Length) == 0)
            {
                int end = code.IndexOf('\n', i);
                i = end < 0 ? code.Length : end;
            }
            else if (Quotes.Contains(c, StringComparison.Ordinal))
            {
                literals.Add(ReadLiteral(code, ref i));
            }
            else
            {
                if (c is '(' or '[' or '{')
                {
                    brackets.Push(c);
                }
                else if (c is ')' or ']' or '}')
                {
                    char open = brackets.Count == 0 ? '?' : brackets.Pop();
                    if ("([{"[")]}".IndexOf(c, StringComparison.Ordinal)] != open)
                    {
                        throw new FormatException($"'{c}' at {i} closes '{open}'");
                    }
                }

                i++;
            }
        }

        return brackets.Count == 0 ? literals : throw new FormatException($"{brackets.Count} bracket(s) left open");
    }

    private string ReadLiteral(string code, ref int i)
    {
        char quote = code[i++];
        var text = new StringBuilder();
        while (true)
        {
            if (i >= code.Length || (code[i] == '\n' && quote != '`'))
            {
                throw new FormatException($"string literal opened with {quote} is not closed");
            }

            char c = code[i++];
            if (c == quote)
            {
                return text.ToString();
            }

            if (HashEscape && quote == '"' && c == '#' && i < code.Length && code[i] == '{')
            {
                throw new FormatException("#{ in a double-quoted Ruby string interpolates");
            }

            if (c != '\\' || quote == '`')
            {
                text.Append(c);
                continue;
            }

            char e = code[i++];
            switch (e)
            {
                case '\\' or '"' or '\'' when e != '\'' || Quotes.Contains('\'', StringComparison.Ordinal):
                    text.Append(e);
                    break;
                case '#' when HashEscape:
                    text.Append('#');
                    break;
                case 't':
                    text.Append('\t');
                    break;
                case 'u':
                    text.Append((char)int.Parse(code.AsSpan(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default:
                    throw new FormatException($"escape \\{e} is not valid here");
            }
        }
    }
}
