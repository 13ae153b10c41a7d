using System.CommandLine;
using System.CommandLine.Help;
using Site.Cli.Commands;

namespace Site.Cli;

/// <summary>
/// The `site` command. Exit codes: 0 success, 1 the content has errors (broken links, stale TOCs,
/// bad front matter), 2 the command line itself is wrong.
/// </summary>
public static class SiteCommandLine
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    public static RootCommand Create()
    {
        var root = new RootCommand("Builds a cross-linked static site from release-notes markdown.");
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(TocCommand.Create());
        root.Subcommands.Add(PreviewCommand.Create());
        return root;
    }

    /// <param name="jitProfile">
    /// Keep the runtime's JIT profile of the command (<see cref="Startup.JitProfile"/>): the `site`
    /// process does; tests that run commands in their own process do not.
    /// </param>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, bool jitProfile = false)
    {
        var root = Create();
        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
            EnableDefaultExceptionHandler = false,
        };
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                await configuration.Error.WriteLineAsync("error: " + parseError.Message).ConfigureAwait(false);
            }

            await configuration.Error.WriteLineAsync("Run 'site --help' for usage.").ConfigureAwait(false);
            return UsageError;
        }

        // Only a command that runs is profiled: help and usage errors would record a few hundred methods.
        var profile = jitProfile && parse.CommandResult.Command != root && parse.Action is not HelpAction
            ? Startup.JitProfile.Start(parse.CommandResult.Command.Name)
            : null;
        var exit = UsageError;
        try
        {
            exit = await parse.InvokeAsync(configuration).ConfigureAwait(false);
            return exit;
        }
        finally
        {
            profile?.Finish(succeeded: exit == Success);
        }
    }
}
