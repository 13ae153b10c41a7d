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

    /// <summary>How long the sources must be still before a rebuild starts.</summary>
    public TimeSpan QuietPeriod { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>The longest a steady stream of changes can hold a rebuild back.</summary>
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How builds run; null builds the whole site each time (<see cref="FullSiteRebuilder"/>).</summary>
    public ISiteRebuilder? Rebuilder { get; init; }
}
