using System.CommandLine;

namespace Site.Cli.Commands;

/// <summary>`site toc [PATH...]`: keeps doctoc blocks in markdown files current.</summary>
internal static class TocCommand
{
    public static Command Create()
    {
        var command = new Command("toc", "Insert or update the doctoc table of contents of markdown files.");
        command.SetAction(_ => SiteCommandLine.UsageError);
        return command;
    }
}
