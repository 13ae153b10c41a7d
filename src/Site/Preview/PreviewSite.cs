using System.Net;

namespace Site.Cli.Preview;

/// <summary>What the request handler serves: the output folder under a base path, the build status and the pages' sockets.</summary>
internal sealed class PreviewSite(string outputFolder, string basePath, IPAddress address, BuildState state, ReloadHub hub)
{
    private volatile string _basePath = basePath;

    public string OutputFolder { get; } = outputFolder;

    /// <summary>"/" or "/repo/"; follows input/site.yml after each good build unless --base-path fixed it.</summary>
    public string BasePath
    {
        get => _basePath;
        set => _basePath = value;
    }

    public IPAddress Address { get; } = address;

    public BuildState State { get; } = state;

    public ReloadHub Hub { get; } = hub;
}
