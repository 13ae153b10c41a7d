using System.CommandLine;
using System.Net;
using Site.Cli.Preview;

namespace Site.Cli.Commands;

/// <summary>`site preview`: build, serve the output, rebuild on changes and reload open pages.</summary>
internal static class PreviewCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var port = new Option<int>("--port")
        {
            Description = "The port to listen on (0 picks a free one).",
            DefaultValueFactory = _ => PreviewOptions.DefaultPort,
        };
        var host = new Option<string>("--host")
        {
            Description = "The address to listen on: an IP address or localhost (default 127.0.0.1; 0.0.0.0 shares the preview with your network).",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var command = new Command("preview", "Build, serve the site locally, rebuild when input/, seeds/ or theme/ change and reload open pages.");
        common.AddTo(command);
        command.Options.Add(port);
        command.Options.Add(host);
        // On the options, not the command: option validators see the value given (defaults are valid).
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be between 0 and 65535.");
            }
        });
        host.Validators.Add(result =>
        {
            if (ParseAddress(result.GetValueOrDefault<string>()) is null)
            {
                result.AddError("--host must be an IP address (such as 127.0.0.1 or 0.0.0.0) or localhost.");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var build = common.Read(parse, publish: true);
            if (!Directory.Exists(build.Root))
            {
                await error.WriteLineAsync($"error: the site root {build.Root} does not exist").ConfigureAwait(false);
                return SiteCommandLine.UsageError;
            }

            var options = new PreviewOptions { Build = build, Address = ParseAddress(parse.GetValue(host))!, Port = parse.GetValue(port) };
            PreviewSession session;
            try
            {
                session = await PreviewSession.StartAsync(options, output, error, cancellationToken).ConfigureAwait(false);
            }
            catch (CannotListenException ex)
            {
                await error.WriteLineAsync($"error: {ex.Message} (choose another --port or --host)").ConfigureAwait(false);
                return SiteCommandLine.UsageError;
            }
            catch (OperationCanceledException)
            {
                return SiteCommandLine.Success;
            }

            await using (session.ConfigureAwait(false))
            {
                await output.WriteLineAsync($"Preview at {PreviewServer.Browsable(session.Url, options.Address)} (watching input/, seeds/ and theme/; Ctrl+C stops)").ConfigureAwait(false);
                if (!IPAddress.IsLoopback(options.Address))
                {
                    await output.WriteLineAsync($"Listening on {options.Address}: other machines on your network can open the preview.").ConfigureAwait(false);
                }

                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
            }

            await output.WriteLineAsync("Preview stopped.").ConfigureAwait(false);
            return SiteCommandLine.Success;
        });
        return command;
    }

    private static IPAddress? ParseAddress(string? host)
        => string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
            : IPAddress.TryParse(host, out var address) ? address : null;
}
