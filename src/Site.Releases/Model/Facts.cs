namespace Site.Releases.Model;

/// <summary>Everything the domain read from one document, before documents are merged.</summary>
public sealed record DocumentFacts
{
    public static readonly DocumentFacts None = new();

    public DocumentKind Kind { get; init; } = DocumentKind.Article;

    /// <summary>The release the whole document is about, when it is about one.</summary>
    public ReleaseVersion? Release { get; init; }

    public DateOnly? Date { get; init; }

    public IReadOnlyList<FeatureFact> Features { get; init; } = [];

    public IReadOnlyList<ReleaseSectionFact> ReleaseSections { get; init; } = [];

    public IReadOnlyList<NoteSection> NoteSections { get; init; } = [];

    public IReadOnlyList<SigFact> Sigs { get; init; } = [];

    /// <summary>Hashes of normalized external link targets (sorted), to pair a translation with its original.</summary>
    public long[] LinkTargets { get; init; } = [];

    /// <summary>
    /// Hashes of the Latin-script words of the text (lower case, three letters or more; sorted):
    /// translations keep product terms (StatefulSet, etcd, Kafka) in English, so they share them
    /// with their original. Hashes, not words, so thousands of documents cost little memory.
    /// </summary>
    public long[] LatinWords { get; init; } = [];
}

/// <summary>Where a feature fact came from; merging prefers titles from curated sources.</summary>
public enum FeatureOrigin
{
    /// <summary>A heading of its own with a stage history (a feature collection).</summary>
    Entry,

    /// <summary>Named with a stage in a release summary.</summary>
    Summary,

    /// <summary>A stage-tagged item of release notes.</summary>
    Notes,
}

/// <summary>A feature as one document describes it.</summary>
public sealed record FeatureFact(
    string Name,
    FeatureOrigin Origin,
    SourceRef Source)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>
    /// The description as HTML. A fact's description is read only if it becomes its feature's
    /// (one in a hundred on a large site), so it waits in the build's spill file, not in memory.
    /// </summary>
    public Engine.Documents.Content? Description { get; init; }

    /// <summary>Labels the document files it under, nearest first ("API Machinery", "cli", "SIG-Node").</summary>
    public IReadOnlyList<string> SigLabels { get; init; } = [];

    /// <summary>
    /// True when the first label certainly names a group (a bold parent item, a "SIG-X:" prefix, an
    /// area prefix), so it may create a group page even if no list of groups names it; headings
    /// above an item are only matched against known groups.
    /// </summary>
    public bool FirstLabelNamesGroup { get; init; }

    public OneOrMany<int> IssueNumbers { get; init; } = [];

    public OneOrMany<StagePoint> Stages { get; init; } = [];

    public IReadOnlyList<Reference> References { get; init; } = [];
}

/// <summary>
/// A stage a feature had in a release. A struct, kept inline in facts and timelines: a large site
/// has one for every fact (480,000 at 10,000 pages), alive from extraction to the last page.
/// </summary>
public readonly record struct StagePoint(ReleaseVersion Release, Stage Stage, DateOnly? Date, SourceRef Source);

public sealed record Reference(string Text, string Url);

/// <summary>One release's section in a document that summarizes many releases.</summary>
public sealed record ReleaseSectionFact(ReleaseVersion Version, DateOnly? Date, string SummaryHtml, IReadOnlyList<ThemeGroup> Themes, SourceRef Source);

/// <summary>A labelled list in a release summary ("Major Themes:", "Graduated to Stable:").</summary>
public sealed record ThemeGroup(string Label, IReadOnlyList<string> ItemsHtml);

public enum NoteSectionKind
{
    MajorThemes,
    KnownIssues,
    Deprecations,
    ActionRequired,
    NotableChanges,
    ExternalDependencies,
}

/// <summary>A section of release notes, e.g. the known issues, with its items as HTML.</summary>
public sealed record NoteSection(NoteSectionKind Kind, string Heading, IReadOnlyList<string> ItemsHtml, SourceRef Source);

/// <summary>An entry of a list of SIGs, working groups and user groups.</summary>
public sealed record SigFact(string Name, bool Retired, SourceRef Source);
