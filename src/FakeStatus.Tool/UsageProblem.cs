using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;

namespace FakeStatus.Tool;

/// <summary>
/// Turns System.CommandLine's parse errors into one line a user can act on: the word that was not understood, the nearest
/// valid word, and the help command of the command being typed.
/// </summary>
internal static class UsageProblem
{
    public static string Describe(ParseResult parsed)
    {
        Command command = parsed.CommandResult.Command;
        string path = CommandPath(parsed);
        string help = $" Run '{path} --help' for usage.";

        // A stray word explains the other errors ("required command was not provided"), so it is named first.
        if (parsed.UnmatchedTokens.Count > 0)
        {
            string word = parsed.UnmatchedTokens[0];
            if (word.StartsWith('-'))
            {
                var options = command.Options.Concat(parsed.RootCommandResult.Command.Options.Where(o => o.Recursive))
                    .SelectMany(o => o.Aliases.Prepend(o.Name));
                string? nearestOption = NearestWord.Find(word, options);
                return $"unknown option '{word}' for '{path}'" + (nearestOption is null ? "." : $"; did you mean '{nearestOption}'?") + help;
            }

            if (command.Subcommands.Count > 0)
            {
                string? nearest = NearestWord.Find(word, command.Subcommands.Select(c => c.Name));
                return nearest is null
                    ? $"unknown command '{word}': expected {List(command.Subcommands.Select(c => c.Name))}." + help
                    : $"unknown command '{word}'; did you mean '{nearest}'?" + help;
            }

            return $"unexpected argument '{word}' for '{path}'." + help;
        }

        if (command.Subcommands.Count > 0 && parsed.CommandResult.Tokens.Count == 0 && command == parsed.RootCommandResult.Command)
        {
            return $"no command given: expected {List(command.Subcommands.Select(c => c.Name))}, e.g. 'fakestatus show http 418'." + help;
        }

        return parsed.Errors[0].Message.TrimEnd('.') + "." + help;
    }

    private static string List(IEnumerable<string> words)
    {
        string[] all = words.ToArray();
        return all.Length == 1 ? all[0] : string.Join(", ", all[..^1]) + " or " + all[^1];
    }

    private static string CommandPath(ParseResult parsed)
    {
        var names = new List<string>();
        for (SymbolResult? result = parsed.CommandResult; result is not null; result = result.Parent)
        {
            if (result is CommandResult commandResult)
            {
                names.Insert(0, commandResult.Command.Name);
            }
        }

        return string.Join(' ', names);
    }
}
