using System.CommandLine;
using Site.Cli.Build;

namespace Site.Cli.Commands;

/// <summary>`site build`: writes the whole site; exit 1 when the content has errors (the old output stays).</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var command = new Command("build", "Build the site from input/ and seeds/ into output/.");
        common.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = common.Read(parse, publish: true);
            if (!Directory.Exists(options.Root))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"error: the site root {options.Root} does not exist").ConfigureAwait(false);
                return SiteCommandLine.UsageError;
            }

            var output = parse.InvocationConfiguration.Output;
            using var observer = ConsoleBuildObserver.For(options, output);
            var result = await SiteBuilder.RunAsync(options, observer, cancellationToken).ConfigureAwait(false);
            BuildReport.Write(result, options, output, parse.InvocationConfiguration.Error);
            return result.Succeeded ? SiteCommandLine.Success : SiteCommandLine.ContentErrors;
        });
        return command;
    }
}
