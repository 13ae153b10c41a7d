namespace Site.Releases.Model;

/// <summary>A release with everything the documents say about it.</summary>
public sealed class Release(ReleaseVersion version)
{
    public ReleaseVersion Version { get; } = version;

    public string Url { get; } = "/releases/" + version + "/";

    public DateOnly? Date { get; set; }

    public string SummaryHtml { get; set; } = string.Empty;

    /// <summary>Where the summary came from (edit links point there).</summary>
    public SourceRef? SummarySource { get; set; }

    public List<ThemeGroup> Themes { get; } = [];

    public List<FeatureStage> Features { get; } = [];

    public List<NoteSection> Notes { get; } = [];

    public List<SourceDocument> Documents { get; } = [];

    /// <summary>Sections of multi-release documents about this release (with anchors).</summary>
    public List<SourceRef> Sections { get; } = [];

    public Release? Previous { get; set; }

    public Release? Next { get; set; }
}

/// <summary>
/// A feature's stage in a given release, with the document that says so. A struct, kept inline in
/// its release's list: a large site has one for every fact (480,000 at 10,000 pages), all alive
/// until the last page is written, and each full collection would otherwise trace and move them.
/// </summary>
public readonly record struct FeatureStage(Feature Feature, Stage Stage, SourceRef Source);
