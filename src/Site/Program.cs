using Site.Cli;

return await SiteCommandLine.RunAsync(args).ConfigureAwait(false);
