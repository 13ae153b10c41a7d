using System.Threading.Channels;

namespace Site.Cli.Preview;

/// <summary>
/// Turns a stream of file events into builds. Events are collected until none has come for a
/// quiet period (an editor's save, a git checkout or a search-and-replace is many events: one
/// build), and events that arrive while a build runs are gathered into the one next build.
/// When the sources stay still for <paramref name="idleAfter"/> after a build, <paramref name="idle"/>
/// runs once (the preview collects the build's garbage then, not during the next build).
/// </summary>
internal sealed class RebuildLoop(
    TimeSpan quietPeriod, TimeSpan maxWait, Func<SiteChanges, CancellationToken, Task> build, TimeSpan? idleAfter = null, Action? idle = null)
{
    private const string Everything = "\0everything";

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
            while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var changes = await CollectAsync(reader, cancellationToken).ConfigureAwait(false);
                await build(changes, cancellationToken).ConfigureAwait(false);
                if (idle is not null && idleAfter is { } after && !await MoreWithinAsync(reader, after, cancellationToken).ConfigureAwait(false))
                {
                    idle();
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
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
