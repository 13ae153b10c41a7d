namespace Site.Cli.Reporting;

/// <summary>How `site check` prints what it found.</summary>
public enum ReportFormat
{
    /// <summary>The human report of `site build`: diagnostics with source excerpts, timings, summary.</summary>
    Text,

    /// <summary>One JSON array of problems on stdout.</summary>
    Json,

    /// <summary>GitHub Actions workflow commands, which become annotations on the pull-request diff.</summary>
    GitHub,

    /// <summary>A JUnit XML report for CI test dashboards.</summary>
    JUnit,

    /// <summary>SARIF 2.1.0 for code-scanning tools.</summary>
    Sarif,
}

public static class ReportFormats
{
    /// <summary>The names accepted by --format, in the order help lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "github", "junit", "sarif"];

    public static ReportFormat Parse(string? name) => name?.ToLowerInvariant() switch
    {
        null or "text" => ReportFormat.Text,
        "json" => ReportFormat.Json,
        "github" => ReportFormat.GitHub,
        "junit" => ReportFormat.JUnit,
        "sarif" => ReportFormat.Sarif,
        _ => throw new ArgumentException($"unknown report format '{name}'", nameof(name)),
    };
}
