using System.Threading.Channels;

namespace Site.Cli.Preview;

/// <summary>
/// Turns a stream of file events into builds. Events are collected until none has come for a
/// quiet period (an editor's save, a git checkout or a search-and-replace is many events: one
/// build), and events that arrive while a build runs are gathered into the one next build.
/// While the sources stay still after a build, each of <paramref name="idleSteps"/> runs once,
/// when the stillness has lasted its time (the preview collects the build's garbage then, not
/// during the next build); a change ends the wait. The first build runs before the loop starts,
/// so the loop begins by waiting for stillness too.
/// </summary>
internal sealed class RebuildLoop(
    TimeSpan quietPeriod, TimeSpan maxWait, Func<SiteChanges, CancellationToken, Task> build, IReadOnlyList<RebuildLoop.IdleStep>? idleSteps = null)
{
    /// <summary>What to do once the sources have been still for <paramref name="After"/> since the last build.</summary>
    public sealed record IdleStep(TimeSpan After, Action Run);

    private const string Everything = "\0everything";

    // In the order they come due: each waits for the stillness since the last build to reach its time.
    private readonly IdleStep[] _idleSteps = [.. (idleSteps ?? []).OrderBy(step => step.After)];

    private readonly Channel<string> _events = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>A file changed (root-relative path). Safe from any thread.</summary>
    public void Changed(string path) => _events.Writer.TryWrite(path);

    /// <summary>Events were lost or a watched folder appeared: rebuild everything.</summary>
    public void ChangedEverything() => _events.Writer.TryWrite(Everything);

    /// <summary>Runs until cancelled; each build finishes before the next starts.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var reader = _events.Reader;
        try
        {
            await IdleWhenStillAsync(reader, cancellationToken).ConfigureAwait(false);
            while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var changes = await CollectAsync(reader, cancellationToken).ConfigureAwait(false);
                await build(changes, cancellationToken).ConfigureAwait(false);
                await IdleWhenStillAsync(reader, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task IdleWhenStillAsync(ChannelReader<string> reader, CancellationToken cancellationToken)
    {
        var stillFor = TimeSpan.Zero;
        foreach (var step in _idleSteps)
        {
            if (await MoreWithinAsync(reader, step.After - stillFor, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            step.Run();
            stillFor = step.After;
        }
    }

    private async Task<SiteChanges> CollectAsync(ChannelReader<string> reader, CancellationToken cancellationToken)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        var everything = false;
        var deadline = DateTime.UtcNow + maxWait;
        do
        {
            while (reader.TryRead(out var path))
            {
                everything |= path == Everything;
                if (path != Everything)
                {
                    paths.Add(path);
                }
            }
        }
        // A steady trickle of events must not hold the build back for ever: maxWait caps the wait.
        while (DateTime.UtcNow < deadline && await MoreWithinAsync(reader, quietPeriod, cancellationToken).ConfigureAwait(false));

        return new SiteChanges(paths.ToList(), everything);
    }

    private static async Task<bool> MoreWithinAsync(ChannelReader<string> reader, TimeSpan period, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(period);
        try
        {
            return await reader.WaitToReadAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
