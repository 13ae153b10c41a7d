using System.Reflection;
using Site.Engine.Diagnostics;

namespace Site.Cli.Reporting;

/// <summary>
/// What the machine-readable formats print: the problems in a stable order, with paths relative
/// to the site root, and the source files that were checked (so a report can list clean files too).
/// </summary>
public sealed record CheckReport(string Root, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> CheckedFiles, TimeSpan Elapsed)
{
    public const string ToolName = "site";

    /// <summary>The program's version without build metadata ("0.1.0", not "0.1.0+3f2a…").</summary>
    public static string ToolVersion { get; } = ReadToolVersion();

    /// <summary>
    /// Sorted diagnostics (info only when <paramref name="verbose"/>, as in the text report), each
    /// located relative to <paramref name="root"/>.
    /// </summary>
    public static CheckReport Create(string root, DiagnosticBag diagnostics, IEnumerable<string> checkedFiles, TimeSpan elapsed, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var shown = diagnostics.Sorted()
            .Where(d => verbose || d.Severity != Severity.Info)
            .Select(d => d.Location is { } location ? d with { Location = location with { Path = ReportPaths.Relative(root, location.Path) } } : d)
            .ToList();
        var files = checkedFiles.Select(f => ReportPaths.Relative(root, f)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new CheckReport(root, shown, files, elapsed);
    }

    private static string ReadToolVersion()
    {
        var assembly = typeof(CheckReport).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? version[..plus] : version;
    }
}
