using System.Security.Cryptography;

namespace Site.Cli.Preview;

/// <summary>
/// What the open pages need to know: which site is served (changes with every good build) and the
/// errors of the last build if it failed. The site id starts with a per-server random part, so a
/// page loaded from an earlier server run reloads after a restart.
/// </summary>
internal sealed class BuildState
{
    private readonly string _instance = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
    private readonly Lock _lock = new();
    private int _goodBuilds;
    private PreviewStatus _current;

    public BuildState() => _current = new PreviewStatus(SiteId(0), null);

    /// <summary>Raised after every build, with the new status; handlers run on the build's thread.</summary>
    public event Action<PreviewStatus>? Changed;

    public PreviewStatus Current
    {
        get
        {
            lock (_lock)
            {
                return _current;
            }
        }
    }

    public void Succeeded() => Publish(() => new PreviewStatus(SiteId(++_goodBuilds), null));

    /// <summary>The previous site stays served; its id does not change, so pages do not reload.</summary>
    public void Failed(string errors) => Publish(() => _current with { Errors = errors });

    private void Publish(Func<PreviewStatus> next)
    {
        PreviewStatus status;
        lock (_lock)
        {
            status = _current = next();
        }

        Changed?.Invoke(status);
    }

    private string SiteId(int build) => _instance + "-" + build.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The served site's id and, after a failed build, its errors as plain text.</summary>
internal sealed record PreviewStatus(string Site, string? Errors);
