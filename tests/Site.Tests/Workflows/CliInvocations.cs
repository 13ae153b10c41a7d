using System.Text;

namespace Site.Tests.Workflows;

/// <summary>
/// Finds the invocations of our CLI in a workflow's shell scripts: `dotnet run --project src/Site
/// [...] -- ARGS` and an installed `site ARGS`; returns ARGS as the shell would split them.
/// </summary>
internal static class CliInvocations
{
    public static IEnumerable<string[]> In(string script)
    {
        foreach (var command in Commands(script))
        {
            if (command.Length > 0 && command[0] == "site")
            {
                yield return command[1..];
            }
            else if (command.Length > 2 && command[0] == "dotnet" && command[1] == "run" && RunsOurProject(command))
            {
                var separator = Array.IndexOf(command, "--");
                yield return separator < 0 ? [] : command[(separator + 1)..];
            }
        }
    }

    /// <summary>Each simple command of a script, split into words (quotes removed, line continuations joined).</summary>
    public static IEnumerable<string[]> Commands(string script)
    {
        var joined = script.Replace("\\\r\n", " ", StringComparison.Ordinal).Replace("\\\n", " ", StringComparison.Ordinal);
        foreach (var line in joined.Split('\n'))
        {
            var current = new List<string>();
            foreach (var word in Words(line))
            {
                if (word is "&&" or "||" or ";" or "|")
                {
                    yield return [.. current];
                    current.Clear();
                }
                else
                {
                    current.Add(word);
                }
            }

            if (current.Count > 0)
            {
                yield return [.. current];
            }
        }
    }

    private static bool RunsOurProject(string[] command)
    {
        var project = Array.IndexOf(command, "--project");
        return project > 0 && project + 1 < command.Length
               && command[project + 1].TrimEnd('/') is "src/Site" or "src/Site/Site.csproj" or "./src/Site";
    }

    // Enough of the shell's word splitting for workflow scripts: quotes, comments, operators.
    private static IEnumerable<string> Words(string line)
    {
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }

                continue;
            }

            if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
            }
            else if (c == '#' && !inWord)
            {
                break;
            }
            else if (char.IsWhiteSpace(c) || c is ';' or '|' or '&')
            {
                if (inWord)
                {
                    yield return word.ToString();
                    word.Clear();
                    inWord = false;
                }

                if (c is ';' or '|' or '&')
                {
                    var doubled = i + 1 < line.Length && line[i + 1] == c;
                    yield return doubled ? new string(c, 2) : c.ToString();
                    i += doubled ? 1 : 0;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            yield return word.ToString();
        }
    }
}
