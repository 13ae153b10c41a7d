using System.CommandLine;
using Site.Web.Toc;

namespace Site.Cli.Commands;

/// <summary>`site toc [PATH...]`: keeps doctoc blocks in markdown files current.</summary>
internal static class TocCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Markdown files or directories (searched for .md and .markdown files); default: the current directory.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var check = new Option<bool>("--check")
        {
            Description = "Write nothing; list the files whose TOC is stale and exit with 1 if there are any (for CI).",
        };
        var maxLevel = new Option<int?>("--maxlevel")
        {
            Description = "List headings up to this level (default: all markdown headings, HTML headings up to 4).",
        };
        var title = new Option<string?>("--title")
        {
            Description = "The title line above the list (markdown).",
        };
        var noTitle = new Option<bool>("--notitle")
        {
            Description = "No title line above the list.",
        };
        var updateOnly = new Option<bool>("--update-only")
        {
            Description = "Only update files that already have a TOC block.",
        };

        var command = new Command("toc", "Insert or update the doctoc table of contents of markdown files, exactly as `doctoc --github` does.")
        {
            paths, check, maxLevel, title, noTitle, updateOnly,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(maxLevel) is < 1)
            {
                result.AddError("--maxlevel must be 1 or more.");
            }

            if (result.GetValue(noTitle) && !string.IsNullOrEmpty(result.GetValue(title)))
            {
                result.AddError("--title and --notitle cannot be used together.");
            }
        });
        command.SetAction(parseResult =>
        {
            var options = new DoctocOptions
            {
                MaxLevel = parseResult.GetValue(maxLevel),
                Title = parseResult.GetValue(title),
                NoTitle = parseResult.GetValue(noTitle),
                UpdateOnly = parseResult.GetValue(updateOnly),
            };
            var given = parseResult.GetValue(paths) ?? [];
            var runner = new TocRunner(parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            return runner.Run(given.Length == 0 ? ["."] : given, options, parseResult.GetValue(check));
        });
        return command;
    }
}
