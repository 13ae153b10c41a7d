using Site.Cli.Build;
using Site.Cli.Reporting;
using Site.Releases.Pipelines;
using Site.Web.Links.External;

namespace Site.Cli.Check;

/// <summary>
/// `site check`: the whole build and its checks without publishing, then (with --external) the
/// external links, then one report in the asked format. In a machine-readable format stdout
/// carries only the report; the summary goes to stderr.
/// </summary>
public static class CheckRunner
{
    public static async Task<int> RunAsync(CheckRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var options = request.Build with { Publish = false };
        // The links are gathered while the build is open: what pages link to waits in its scratch file.
        IReadOnlyList<ExternalLink>? links = null;
        var result = await SiteBuilder.RunAsync(options, observer: null, cache: null,
            whileOpen: request.External ? engine => links = ExternalLinkCollector.Collect(engine) : null, cancellationToken).ConfigureAwait(false);

        ExternalLinkCheck.Outcome? external = null;
        if (request.External && result.Site is { } site && links is not null)
        {
            external = await ExternalLinkCheck.RunAsync(site, links, request.Offline, options.Clean, result.Diagnostics, cancellationToken).ConfigureAwait(false);
        }

        // External problems join the build's; the summary counts them and the time of both steps.
        result = result with { Succeeded = !result.Diagnostics.HasErrors, Elapsed = clock.Elapsed };
        var status = request.Format == ReportFormat.Text ? output : error;
        if (request.Format == ReportFormat.Text)
        {
            BuildReport.Write(result, options, output, error);
        }
        else
        {
            WriteMachineReport(request.Format, CheckReport.Create(options.Root, result.Diagnostics, CheckedFiles(result), result.Elapsed, options.Verbose), output);

            // The human summary (timings only when asked for) still reaches a person reading the CI log.
            BuildReport.Write(result, options with { Quiet = !options.Verbose }, error, TextWriter.Null);
        }

        if (external is not null)
        {
            await status.WriteLineAsync(external.ToString()).ConfigureAwait(false);
        }

        return result.Succeeded ? SiteCommandLine.Success : SiteCommandLine.ContentErrors;
    }

    private static void WriteMachineReport(ReportFormat format, CheckReport report, TextWriter output)
    {
        switch (format)
        {
            case ReportFormat.Json:
                JsonReportWriter.Write(report, output);
                break;
            case ReportFormat.GitHub:
                GitHubAnnotationWriter.Write(report, output);
                break;
            case ReportFormat.JUnit:
                JUnitReportWriter.Write(report, output);
                break;
            case ReportFormat.Sarif:
                SarifReportWriter.Write(report, output);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "not a machine-readable format");
        }
    }

    /// <summary>The markdown files the build read: the sources a JUnit report lists as passing when clean.</summary>
    private static IEnumerable<string> CheckedFiles(SiteBuilder.Result result)
        => result.Engine?.Outputs.GetValueOrDefault(SitePipelines.SourcePages) is { } documents
            ? documents.Select(d => d.Source).OfType<string>()
            : [];
}
