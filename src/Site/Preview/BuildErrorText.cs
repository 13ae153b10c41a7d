using System.Globalization;
using System.Text;
using Site.Cli.Build;
using Site.Engine.Diagnostics;

namespace Site.Cli.Preview;

/// <summary>A failed build's errors as plain text for the page overlay, formatted as the terminal shows them.</summary>
internal static class BuildErrorText
{
    // A page overlay is for reading the first problems, not for megabytes of cascading errors.
    private const int MaxErrors = 50;

    public static string Format(SiteBuilder.Result result, string root)
    {
        var formatter = new DiagnosticFormatter(path => ReadLines(root, path));
        var errors = result.Diagnostics.Sorted().Where(d => d.Severity == Severity.Error).ToList();
        var text = new StringBuilder();
        foreach (var error in errors.Take(MaxErrors))
        {
            text.Append(formatter.Format(error)).Append("\n\n");
        }

        if (errors.Count > MaxErrors)
        {
            text.Append(CultureInfo.InvariantCulture, $"… and {errors.Count - MaxErrors} more errors (see the terminal).\n");
        }

        if (errors.Count == 0)
        {
            text.Append("The build failed without an error message (see the terminal).\n");
        }

        return text.ToString().TrimEnd();
    }

    private static IReadOnlyList<string>? ReadLines(string root, string path)
    {
        try
        {
            var full = Path.GetFullPath(path, root);
            return File.Exists(full) ? File.ReadAllLines(full) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
