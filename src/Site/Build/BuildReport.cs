using System.Globalization;
using Site.Engine.Diagnostics;

namespace Site.Cli.Build;

/// <summary>Prints a build's diagnostics (with the offending source lines), a summary and the timing table.</summary>
public static class BuildReport
{
    public static void Write(SiteBuilder.Result result, BuildOptions options, TextWriter output, TextWriter error)
    {
        var formatter = new DiagnosticFormatter(path => ReadLines(options.Root, path));
        foreach (var diagnostic in result.Diagnostics.Sorted())
        {
            if (diagnostic.Severity == Severity.Info && (!options.Verbose || options.Quiet))
            {
                continue;
            }

            error.WriteLine(formatter.Format(diagnostic));
        }

        if (!options.Quiet && result.Engine is { } engine)
        {
            output.WriteLine(engine.FormatTimings());
        }

        var verb = result.Succeeded ? (options.Publish ? "Built" : "Checked") : "Failed:";
        var where = result.Succeeded && options.Publish ? " into " + Path.GetRelativePath(options.Root, options.OutputFolder) : string.Empty;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{verb} {result.Files} files{where} in {result.Elapsed.TotalSeconds:0.00} s: {ProblemCount.Of(result.Diagnostics.ErrorCount, result.Diagnostics.WarningCount)}."));
        if (!result.Succeeded && options.Publish)
        {
            output.WriteLine("The previous output was left as it was.");
        }
    }

    private static IReadOnlyList<string>? ReadLines(string root, string path)
    {
        var full = Path.GetFullPath(path, root);
        try
        {
            return File.Exists(full) ? File.ReadAllLines(full) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
