namespace Site.Web.Files;

/// <summary>
/// Where a document was read from: the content root it belongs to (e.g. "seeds" or "input") and
/// its path inside that root. Both use '/' separators.
/// </summary>
public sealed record SourceFile(string ContentRoot, string RelativePath)
{
    /// <summary>The path relative to the site root, as diagnostics and edit links show it.</summary>
    public string SitePath => ContentRoot.Length == 0 ? RelativePath : ContentRoot + "/" + RelativePath;

    /// <summary>The file name without its last extension ("release-1.7-notes.md" → "release-1.7-notes").</summary>
    public string Stem
    {
        get
        {
            var name = RelativePath[(RelativePath.LastIndexOf('/') + 1)..];
            var dot = name.LastIndexOf('.');
            return dot > 0 ? name[..dot] : name;
        }
    }

    /// <summary>The folder part of <see cref="RelativePath"/>, empty at the root of the content root.</summary>
    public string Folder => RelativePath.Contains('/', StringComparison.Ordinal) ? RelativePath[..RelativePath.LastIndexOf('/')] : string.Empty;
}
