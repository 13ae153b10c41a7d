using System.Globalization;
using System.Text;
using Site.Engine.Diagnostics;

namespace Site.Cli.Reporting;

/// <summary>
/// Writes GitHub Actions workflow commands, one per line:
/// <c>::error file=seeds/a.md,line=3,col=7::message</c>. The runner turns them into annotations
/// on the pull-request diff. Line and column are left out when unknown, so GitHub annotates the
/// file (or, without a file, the run) instead of a wrong line.
/// </summary>
public static class GitHubAnnotationWriter
{
    public static void Write(CheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var diagnostic in report.Diagnostics)
        {
            output.WriteLine(Command(diagnostic));
        }
    }

    public static string Command(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var name = diagnostic.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "notice",
        };
        var properties = new List<string>();
        if (diagnostic.Location is { } location)
        {
            properties.Add("file=" + EscapeProperty(location.Path));
            if (location.Line > 0)
            {
                properties.Add("line=" + location.Line.ToString(CultureInfo.InvariantCulture));
                if (location.Column > 0)
                {
                    properties.Add("col=" + location.Column.ToString(CultureInfo.InvariantCulture));
                }
            }
        }

        var message = diagnostic.Hint is null ? diagnostic.Message : $"{diagnostic.Message} ({diagnostic.Hint})";
        var head = properties.Count == 0 ? name : name + " " + string.Join(',', properties);
        return $"::{head}::{EscapeData(message)}";
    }

    /// <summary>The runner's escaping of a command's message: '%' first, so that the escapes themselves survive.</summary>
    public static string EscapeData(string value)
        => new StringBuilder(value)
            .Replace("%", "%25")
            .Replace("\r", "%0D")
            .Replace("\n", "%0A")
            .ToString();

    /// <summary>Property values also escape ':' and ',', which would otherwise end the value.</summary>
    public static string EscapeProperty(string value)
        => new StringBuilder(EscapeData(value))
            .Replace(":", "%3A")
            .Replace(",", "%2C")
            .ToString();
}
