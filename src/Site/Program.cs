using Site.Cli;

return await SiteCommandLine.RunAsync(args, jitProfile: true).ConfigureAwait(false);
