using Site.Cli;
using Site.Cli.Startup;

JitProfile.Start(args);
return await SiteCommandLine.RunAsync(args).ConfigureAwait(false);
