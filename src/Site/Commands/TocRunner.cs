using System.Globalization;
using System.Text;
using Site.Engine.Diagnostics;
using Site.Web.Toc;

namespace Site.Cli.Commands;

/// <summary>
/// Runs the TOC update over files and reports like a compiler: one line per file that changes
/// (or would), errors as "path:line:col: error: message", then a summary line.
/// </summary>
internal sealed class TocRunner(TextWriter output, TextWriter error)
{
    // Files are read and written as UTF-8 without touching a byte order mark, as doctoc does.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public int Run(IReadOnlyList<string> paths, DoctocOptions options, bool check)
    {
        IReadOnlyList<string> files;
        try
        {
            files = MarkdownFileWalker.Find(paths);
        }
        catch (FileNotFoundException notFound)
        {
            error.WriteLine("error: " + notFound.Message);
            return SiteCommandLine.UsageError;
        }

        var results = files.AsParallel().AsOrdered().Select(file => Process(file, options, check)).ToList();
        var counts = new Dictionary<DoctocOutcome, int>();
        foreach (var (file, result) in results)
        {
            counts[result.Outcome] = counts.GetValueOrDefault(result.Outcome) + 1;
            foreach (var diagnostic in result.Diagnostics)
            {
                error.WriteLine(diagnostic.ToString());
            }

            if (result.Changed)
            {
                output.WriteLine((check ? "stale    " : "updated  ") + file);
            }
        }

        output.WriteLine(Summary(files.Count, counts, check));
        var failed = counts.GetValueOrDefault(DoctocOutcome.Failed) > 0;
        var stale = check && counts.GetValueOrDefault(DoctocOutcome.Updated) > 0;
        return failed || stale ? SiteCommandLine.ContentErrors : SiteCommandLine.Success;
    }

    private static (string File, DoctocResult Result) Process(string file, DoctocOptions options, bool check)
    {
        var shown = ShownPath(file);
        var content = Utf8.GetString(File.ReadAllBytes(file));
        var result = DoctocUpdater.Update(content, options, shown);
        if (result.Changed && !check)
        {
            File.WriteAllBytes(file, Utf8.GetBytes(result.Content));
        }

        return (shown, result);
    }

    private static string ShownPath(string file)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, file);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(file) : relative;
        return shown.Replace(Path.DirectorySeparatorChar, '/');
    }

    private static string Summary(int files, Dictionary<DoctocOutcome, int> counts, bool check)
    {
        var parts = new List<string>();
        void Add(DoctocOutcome outcome, string label)
        {
            if (counts.GetValueOrDefault(outcome) is var count and > 0)
            {
                parts.Add(count.ToString(CultureInfo.InvariantCulture) + " " + label);
            }
        }

        Add(DoctocOutcome.Updated, check ? "stale" : "updated");
        Add(DoctocOutcome.Unchanged, "current");
        Add(DoctocOutcome.Skipped, "skipped");
        Add(DoctocOutcome.Failed, "failed");
        var noun = files == 1 ? "file" : "files";
        var summary = $"toc: {files.ToString(CultureInfo.InvariantCulture)} markdown {noun}"
            + (parts.Count > 0 ? ": " + string.Join(", ", parts) : string.Empty);
        if (check && counts.GetValueOrDefault(DoctocOutcome.Updated) > 0)
        {
            summary += "; run `site toc` to update";
        }

        return summary;
    }
}
