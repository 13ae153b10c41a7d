namespace Site.Releases.Model;

/// <summary>A feature merged from every document that speaks of it.</summary>
public sealed class Feature(string id, string title)
{
    /// <summary>Stable URL segment: "88-support-out-of-process-and-out-of-tree-cloud-providers", "kubectl-diff".</summary>
    public string Id { get; } = id;

    public string Title { get; } = title;

    public string Url { get; } = "/features/" + id + "/";

    /// <summary>The upstream tracking issue (kubernetes/features#N), when known.</summary>
    public int? Number { get; init; }

    public string? IssueUrl { get; init; }

    public Sig? Sig { get; set; }

    public string? DescriptionHtml { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Stage history, oldest release first.</summary>
    public IReadOnlyList<StagePoint> Timeline { get; init; } = [];

    public IReadOnlyList<Reference> References { get; init; } = [];

    /// <summary>Where each document defines or lists the feature.</summary>
    public IReadOnlyList<SourceRef> DefinedIn { get; init; } = [];

    public Stage? LatestStage => Timeline.Count == 0 ? null : Timeline[^1].Stage;

    public ReleaseVersion? FirstRelease => Timeline.Count == 0 ? null : Timeline[0].Release;
}
