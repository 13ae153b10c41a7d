namespace Site.Cli.Preview;

/// <summary>What a site path names in the output folder.</summary>
internal abstract record OutputFile
{
    private OutputFile()
    {
    }

    /// <summary>A file to send, by its real path (inside the output folder).</summary>
    public sealed record Found(string Path) : OutputFile;

    /// <summary>A folder asked for without its trailing slash: redirect, so relative links in its index resolve.</summary>
    public sealed record Folder : OutputFile;

    public sealed record Missing : OutputFile;
}

/// <summary>
/// Maps a decoded site path ("docs/a/", "assets/site.css") to a file of the output folder, and
/// never to anything outside it: every symbolic link on the way is followed and the result must
/// still be inside the output folder's real path.
/// </summary>
internal static class OutputFiles
{
    public const string IndexFile = "index.html";

    /// <param name="sitePath">The part of a path checked by <see cref="RequestPath"/> after the base path, without a leading slash.</param>
    public static OutputFile Resolve(string outputFolder, string sitePath)
    {
        var realRoot = RealPath.Of(outputFolder);
        if (realRoot is null)
        {
            return new OutputFile.Missing();
        }

        var wantsFolder = sitePath.Length == 0 || sitePath.EndsWith('/');
        var segments = sitePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var candidate = RealPath.Of(Path.Join([outputFolder, .. segments]));
        if (candidate is null || !RealPath.IsInside(candidate, realRoot))
        {
            return new OutputFile.Missing();
        }

        if (Directory.Exists(candidate))
        {
            if (!wantsFolder)
            {
                return new OutputFile.Folder();
            }

            // index.html may itself be a link: resolve it as well.
            var index = RealPath.Of(Path.Join(candidate, IndexFile));
            return index is not null && File.Exists(index) && RealPath.IsInside(index, realRoot)
                ? new OutputFile.Found(index)
                : new OutputFile.Missing();
        }

        return !wantsFolder && File.Exists(candidate) ? new OutputFile.Found(candidate) : new OutputFile.Missing();
    }
}
