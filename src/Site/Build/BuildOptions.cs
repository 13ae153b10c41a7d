namespace Site.Cli.Build;

/// <summary>What a build was asked to do.</summary>
public sealed record BuildOptions
{
    /// <summary>The site root holding input/, seeds/ and theme/.</summary>
    public required string Root { get; init; }

    /// <summary>The output folder; default: output/ under the root.</summary>
    public string? Output { get; init; }

    /// <summary>Overrides the settings' base path ("/repo/").</summary>
    public string? BasePath { get; init; }

    /// <summary>Drop caches and rebuild everything.</summary>
    public bool Clean { get; init; }

    /// <summary>False for `site check`: everything is built and checked, nothing replaces the output folder.</summary>
    public bool Publish { get; init; } = true;

    public bool Verbose { get; init; }

    public bool Quiet { get; init; }

    public string OutputFolder => Output is { Length: > 0 } output ? Path.GetFullPath(output, Root) : Path.Combine(Root, "output");
}
