using Site.Cli.Build;

namespace Site.Cli.Preview;

/// <summary>
/// A running preview: the first build, the server, the watcher and the rebuild loop, wired
/// together. Builds go only through <see cref="ISiteRebuilder"/>; each good build changes the
/// site id, which makes open pages reload, and a failed one shows its errors on them while the
/// previous output keeps being served.
/// </summary>
internal sealed class PreviewSession : IAsyncDisposable
{
    private readonly PreviewOptions _options;
    private readonly ISiteRebuilder _rebuilder;
    private readonly ConsoleBuildObserver? _observer;
    private readonly TextWriter _output;
    private readonly TextWriter _error;
    private readonly PreviewSite _site;
    private readonly CancellationTokenSource _stopping = new();
    private readonly RebuildLoop _loop;
    private SourceWatcher? _watcher;
    private PreviewServer? _server;
    private Task _loopTask = Task.CompletedTask;

    private PreviewSession(PreviewOptions options, TextWriter output, TextWriter error)
    {
        _options = options;
        _output = output;
        _error = error;
        _observer = ConsoleBuildObserver.For(options.Build, output);
        _rebuilder = options.Rebuilder ?? new IncrementalSiteRebuilder(options.Build, _observer);
        var basePath = SiteBasePath.Read(options.Build.Root, options.Build.BasePath) ?? "/";
        _site = new PreviewSite(options.Build.OutputFolder, basePath, options.Address, new BuildState(), new ReloadHub());
        _site.State.Changed += status => _ = _site.Hub.BroadcastAsync(status);
        List<RebuildLoop.IdleStep> idleSteps = [];
        if (options.CollectWhenIdleAfter is { } collectAfter)
        {
            idleSteps.Add(new(collectAfter, () => CollectGarbage(GCCollectionMode.Forced)));
        }

        if (options.ReturnMemoryWhenIdleAfter is { } returnAfter)
        {
            // Aggressive: a full compacting collection that also gives the freed memory back to the system.
            idleSteps.Add(new(returnAfter, () => CollectGarbage(GCCollectionMode.Aggressive)));
        }

        _loop = new RebuildLoop(options.QuietPeriod, options.MaxWait, (changes, token) => BuildAsync(changes, first: false, token), idleSteps);
    }

    private void CollectGarbage(GCCollectionMode mode)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, mode, blocking: true, compacting: true);
        if (_options.Build.Verbose)
        {
            _output.WriteLine($"Collected garbage while idle ({mode}) in {clock.ElapsedMilliseconds} ms ({GC.GetTotalMemory(forceFullCollection: false) / (1024 * 1024)} MB in use).");
        }
    }

    /// <summary>The site's address, with its base path.</summary>
    public Uri Url => new(Server.Origin, _site.BasePath);

    /// <summary>Where pages listen for reloads.</summary>
    public Uri SocketUrl => new(new Uri(Server.Origin.ToString().Replace("http", "ws", StringComparison.Ordinal)), _site.BasePath + ReloadScript.SocketPath);

    /// <summary>Where the server listens, without the base path.</summary>
    public Uri Origin => Server.Origin;

    /// <summary>How many pages listen for reloads right now.</summary>
    public int OpenPages => _site.Hub.OpenPages;

    internal BuildState State => _site.State;

    private PreviewServer Server => _server ?? throw new InvalidOperationException("The preview has not started.");

    /// <summary>Builds once, then serves and watches. Throws <see cref="CannotListenException"/> when the port is taken.</summary>
    public static async Task<PreviewSession> StartAsync(PreviewOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var session = new PreviewSession(options, output, error);
        try
        {
            // Watch before the first build so that edits made while it runs are not missed.
            session._watcher = new SourceWatcher(options.Build.Root, session._loop.Changed, session._loop.ChangedEverything);
            await session.BuildAsync(SiteChanges.All, first: true, cancellationToken).ConfigureAwait(false);
            session._server = await PreviewServer.StartAsync(session._site, options.Port, cancellationToken).ConfigureAwait(false);
            session._loopTask = session._loop.RunAsync(session._stopping.Token);
            return session;
        }
        catch
        {
            await session.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _loopTask.ConfigureAwait(false);
        _site.Hub.Stop();
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }

        _site.Hub.Dispose();
        (_rebuilder as IDisposable)?.Dispose();
        _observer?.Dispose();
        _stopping.Dispose();
    }

    private async Task BuildAsync(SiteChanges changes, bool first, CancellationToken cancellationToken)
    {
        var build = _options.Build;
        if (!first && !build.Quiet)
        {
            _output.WriteLine($"Changed: {changes}. Rebuilding.");
        }

        SiteBuilder.Result result;
        try
        {
            result = await _rebuilder.BuildAsync(changes, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex) when (!first)
        {
            // A crash in the build must not end the preview: show it and wait for the next change.
            await _error.WriteLineAsync("error: the build crashed: " + ex).ConfigureAwait(false);
            _site.State.Failed("The build crashed: " + ex.Message);
            return;
        }

        // After the first build, a rebuild prints its problems and one summary line (the timing table with --verbose).
        BuildReport.Write(result, first || build.Verbose ? build : build with { Quiet = true }, _output, _error);
        if (!result.Succeeded)
        {
            _site.State.Failed(BuildErrorText.Format(result, build.Root));
            return;
        }

        if (SiteBasePath.Read(build.Root, build.BasePath) is { } basePath)
        {
            _site.BasePath = basePath;
        }

        var openPages = _site.Hub.OpenPages;
        _site.State.Succeeded();
        if (!first && !build.Quiet && openPages > 0)
        {
            _output.WriteLine(openPages == 1 ? "Reloading 1 open page." : $"Reloading {openPages} open pages.");
        }
    }
}
