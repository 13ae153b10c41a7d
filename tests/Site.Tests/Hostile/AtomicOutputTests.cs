namespace Site.Tests.Hostile;

public sealed class AtomicOutputTests
{
    [Fact]
    public void A_failed_build_leaves_the_previous_site_exactly_as_it_was()
    {
        using var site = new FixtureSite().Write("seeds/a.md", "# A\n\nSee [b](b.md).\n").Write("seeds/b.md", "# B\n");
        Assert.Equal(0, site.Build().ExitCode);
        var before = Snapshot(site.Output);

        site.Write("seeds/a.md", "# A changed\n\nSee [b](b.md#no-such-anchor).\n");
        var (exit, _, errors) = site.Build();

        Assert.Equal(1, exit);
        Assert.Contains("seeds/a.md:3:5: error: #no-such-anchor: no such anchor", errors, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(Path.GetDirectoryName(site.Output)!, ".staging-*"));
    }

    [Fact]
    public void A_build_interrupted_while_writing_pages_leaves_the_previous_site_and_no_staging_folder()
    {
        using var site = new FixtureSite().Write("seeds/a.md", "# A\n");
        Assert.Equal(0, site.Build().ExitCode);
        var before = Snapshot(site.Output);
        site.Write("seeds/b.md", "# B\n");

        // Interrupt at a fixed point: as soon as pages start being written to the staging folder.
        using var cancel = new CancellationTokenSource();
        var observer = new CancelWhen((pipeline, phase) => pipeline == "GeneratedPages" && phase == Site.Engine.Pipelines.Phase.PostProcess, cancel);
        var run = Site.Cli.Build.SiteBuilder.RunAsync(new Site.Cli.Build.BuildOptions { Root = site.Root, Quiet = true }, observer, cancel.Token);
        var thrown = Record.Exception(() => run.Wait(TimeSpan.FromMinutes(2)));

        Assert.IsAssignableFrom<OperationCanceledException>(thrown?.InnerException);
        Assert.Equal(before, Snapshot(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(Path.GetDirectoryName(site.Output)!, ".staging-*"));
    }

    private sealed class CancelWhen(Func<string, Site.Engine.Pipelines.Phase, bool> when, CancellationTokenSource cancel) : Site.Cli.Build.IBuildObserver
    {
        public void Started(Site.Engine.Diagnostics.DiagnosticBag diagnostics, int phases)
        {
        }

        public void PhaseStarted(string pipeline, Site.Engine.Pipelines.Phase phase)
        {
            if (when(pipeline, phase))
            {
                cancel.Cancel();
            }
        }

        public void PhaseFinished(Site.Engine.Pipelines.PhaseTiming timing)
        {
        }

        public void Finished()
        {
        }
    }

    private static SortedDictionary<string, string> Snapshot(string folder)
        => new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
