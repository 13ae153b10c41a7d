using Site.Cli.Preview;

namespace Site.Tests.Preview;

/// <summary>Bursts of file events become one build; events during a build become exactly one more.</summary>
public sealed class RebuildLoopTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_burst_of_events_is_one_build_with_every_path()
    {
        var builds = new Builds();
        var loop = new RebuildLoop(Quiet, TimeSpan.FromSeconds(5), builds.RunAsync);
        using var stop = new CancellationTokenSource();
        var running = loop.RunAsync(stop.Token);

        for (var i = 0; i < 20; i++)
        {
            loop.Changed($"seeds/{i % 4}.md");
        }

        var first = await builds.NextAsync().WaitAsync(Wait);
        builds.Release();
        Assert.Equal(["seeds/0.md", "seeds/1.md", "seeds/2.md", "seeds/3.md"], first.Paths);
        Assert.False(first.Everything);
        await Task.Delay(Quiet * 4);
        Assert.Equal(1, builds.Count);

        await stop.CancelAsync();
        await running.WaitAsync(Wait);
    }

    [Fact]
    public async Task Events_during_a_build_are_gathered_into_one_next_build()
    {
        var builds = new Builds();
        var loop = new RebuildLoop(Quiet, TimeSpan.FromSeconds(5), builds.RunAsync);
        using var stop = new CancellationTokenSource();
        var running = loop.RunAsync(stop.Token);

        loop.Changed("seeds/a.md");
        await builds.NextAsync().WaitAsync(Wait);
        loop.Changed("seeds/b.md");
        loop.Changed("theme/assets/site.css");
        loop.ChangedEverything();
        await Task.Delay(Quiet * 3);
        Assert.Equal(1, builds.Count);
        builds.Release();

        var second = await builds.NextAsync().WaitAsync(Wait);
        builds.Release();
        Assert.True(second.Everything);
        Assert.Equal(["seeds/b.md", "theme/assets/site.css"], second.Paths);
        await Task.Delay(Quiet * 4);
        Assert.Equal(2, builds.Count);

        await stop.CancelAsync();
        await running.WaitAsync(Wait);
    }

    [Fact]
    public async Task A_steady_stream_of_events_cannot_hold_a_build_back_for_ever()
    {
        var builds = new Builds();
        var loop = new RebuildLoop(TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(600), builds.RunAsync);
        using var stop = new CancellationTokenSource();
        var running = loop.RunAsync(stop.Token);
        var next = builds.NextAsync();

        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!next.IsCompleted && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            loop.Changed("seeds/busy.md");
            await Task.Delay(50);
        }

        Assert.True(next.IsCompleted, "no build started while events kept coming");
        builds.Release();
        await stop.CancelAsync();
        await running.WaitAsync(Wait);
    }

    [Fact]
    public async Task The_idle_step_runs_once_after_a_build_when_the_sources_stay_still_and_never_in_a_stream_of_edits()
    {
        var builds = new Builds();
        var idle = 0;
        var idleAfter = TimeSpan.FromMilliseconds(600);
        var loop = new RebuildLoop(Quiet, TimeSpan.FromSeconds(5), builds.RunAsync, [new(idleAfter, () => Interlocked.Increment(ref idle))]);
        using var stop = new CancellationTokenSource();
        var running = loop.RunAsync(stop.Token);

        // Edits closer together than the idle period: a build each, no idle step between them.
        for (var i = 0; i < 3; i++)
        {
            await EditAndBuildAsync(loop, builds);
            await Task.Delay(idleAfter / 6);
            Assert.Equal(0, Volatile.Read(ref idle));
        }

        // Then stillness: the step runs once, and not again while nothing happens.
        await Task.Delay(idleAfter * 3);
        Assert.Equal(1, Volatile.Read(ref idle));
        await stop.CancelAsync();
        await running.WaitAsync(Wait);
        Assert.Equal(3, builds.Count);
    }

    [Fact]
    public async Task The_idle_step_also_runs_after_the_first_build_which_ran_before_the_loop()
    {
        var builds = new Builds();
        var idle = 0;
        var idleAfter = TimeSpan.FromMilliseconds(300);
        var loop = new RebuildLoop(Quiet, TimeSpan.FromSeconds(5), builds.RunAsync, [new(idleAfter, () => Interlocked.Increment(ref idle))]);
        using var stop = new CancellationTokenSource();
        var running = loop.RunAsync(stop.Token);

        await Task.Delay(idleAfter * 4);
        Assert.Equal(1, Volatile.Read(ref idle));
        Assert.Equal(0, builds.Count);
        await stop.CancelAsync();
        await running.WaitAsync(Wait);
    }

    [Fact]
    public async Task Idle_steps_run_in_the_order_of_their_times_and_an_edit_starts_the_wait_again()
    {
        var builds = new Builds();
        var ran = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var first = TimeSpan.FromMilliseconds(200);
        var second = TimeSpan.FromMilliseconds(1500);
        var loop = new RebuildLoop(Quiet, TimeSpan.FromSeconds(5), builds.RunAsync, [new(second, () => ran.Enqueue("second")), new(first, () => ran.Enqueue("first"))]);
        using var stop = new CancellationTokenSource();
        var running = loop.RunAsync(stop.Token);

        // Still past the first step's time only: it runs; an edit then comes before the second.
        await Task.Delay(first * 3);
        Assert.Equal(["first"], ran);
        await EditAndBuildAsync(loop, builds);

        // After that build, stillness long enough for both: each runs once, in order.
        await Task.Delay(second + first * 5);
        Assert.Equal(["first", "first", "second"], ran);
        await stop.CancelAsync();
        await running.WaitAsync(Wait);
    }

    /// <summary>One edit, and the build it sets off run to its end.</summary>
    private static async Task EditAndBuildAsync(RebuildLoop loop, Builds builds)
    {
        var next = builds.NextAsync();
        loop.Changed("seeds/a.md");
        await next.WaitAsync(Wait);
        builds.Release();
    }

    /// <summary>A fake rebuild that records what it was asked and holds until the test releases it.</summary>
    private sealed class Builds
    {
        private readonly Lock _lock = new();
        private TaskCompletionSource<SiteChanges> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Count { get; private set; }

        public Task<SiteChanges> NextAsync()
        {
            lock (_lock)
            {
                return _started.Task;
            }
        }

        public void Release()
        {
            lock (_lock)
            {
                _release.TrySetResult();
            }
        }

        public async Task RunAsync(SiteChanges changes, CancellationToken cancellationToken)
        {
            Task release;
            lock (_lock)
            {
                Count++;
                release = _release.Task;
                var started = _started;
                _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
                started.TrySetResult(changes);
            }

            await release.WaitAsync(cancellationToken);
            lock (_lock)
            {
                _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }
}
