using System.CommandLine;
using Site.Cli.Check;
using Site.Cli.Reporting;

namespace Site.Cli.Commands;

/// <summary>
/// `site check`: builds and checks everything `site build` does, publishes nothing, and reports in
/// a format for people or CI. Exit 1 when anything is broken (an error), 0 with only warnings.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = "How to report: text (for people), json, github (workflow annotations), junit or sarif. Machine formats print only the report on stdout.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong([.. ReportFormats.Names]);
        var external = new Option<bool>("--external")
        {
            Description = "Also check the http(s) links of every page (answers are cached in .site-cache/; --clean asks again).",
        };
        var offline = new Option<bool>("--offline")
        {
            Description = "Make no network request: external links are counted but not checked.",
        };

        var command = new Command("check", "Build and check the site (internal links and anchors; external links with --external) without writing output/.")
        {
            format, external, offline,
        };
        common.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = common.Read(parse, publish: false);
            var error = parse.InvocationConfiguration.Error;
            if (!Directory.Exists(options.Root))
            {
                await error.WriteLineAsync($"error: the site root {options.Root} does not exist").ConfigureAwait(false);
                return SiteCommandLine.UsageError;
            }

            var request = new CheckRequest(options, ReportFormats.Parse(parse.GetValue(format)), parse.GetValue(external), parse.GetValue(offline));
            return await CheckRunner.RunAsync(request, parse.InvocationConfiguration.Output, error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
