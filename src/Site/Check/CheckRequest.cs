using Site.Cli.Build;
using Site.Cli.Reporting;

namespace Site.Cli.Check;

/// <summary>What `site check` was asked to do.</summary>
public sealed record CheckRequest(BuildOptions Build, ReportFormat Format, bool External, bool Offline);
