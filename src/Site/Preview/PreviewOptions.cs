using System.Net;
using Site.Cli.Build;

namespace Site.Cli.Preview;

/// <summary>What `site preview` was asked for.</summary>
internal sealed record PreviewOptions
{
    public const int DefaultPort = 5080;

    public required BuildOptions Build { get; init; }

    /// <summary>Loopback unless --host asks for more.</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>0 picks a free port (tests).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>
    /// How long the sources must be still before a rebuild starts. An editor's save (write, or
    /// write-and-rename) and a checkout's files come within a few milliseconds of each other, and
    /// whatever changes during a build goes into the next one: so the wait stays short, as it is
    /// added to every edit's time to the browser.
    /// </summary>
    public TimeSpan QuietPeriod { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The longest a steady stream of changes can hold a rebuild back.</summary>
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long the sources must be still after a rebuild before the preview collects its garbage
    /// (null: never). A rebuild leaves the last build's pages, catalog and search data behind; collected
    /// during the next rebuild they cost it a full, blocking collection (100-250 ms at 1,000 pages),
    /// collected while the reader looks at the reloaded page they cost nothing anyone waits for. Long
    /// enough for the reloaded page and its assets to be served first.
    /// </summary>
    public TimeSpan? CollectWhenIdleAfter { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>
    /// How long the sources must be still after a rebuild before the preview gives the memory its
    /// builds use back to the system (null: never). The program keeps memory the collector frees
    /// for its next use (RetainVM: right for a build that allocates gigabytes); giving it back
    /// made the idle preview of 1,000 pages 200 MB resident instead of 520-540 MB, but the next
    /// rebuild 25-50 ms slower as it touches that memory again (bench/preview.py). So not while
    /// someone edits and looks, only once they have stopped for a while.
    /// </summary>
    public TimeSpan? ReturnMemoryWhenIdleAfter { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How builds run; null: an <see cref="IncrementalSiteRebuilder"/> for the session.</summary>
    public ISiteRebuilder? Rebuilder { get; init; }
}
