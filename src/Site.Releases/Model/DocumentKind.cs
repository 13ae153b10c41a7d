namespace Site.Releases.Model;

/// <summary>What a source document is, judged from what it contains.</summary>
public enum DocumentKind
{
    /// <summary>Speaks of no release in particular.</summary>
    Article,

    /// <summary>Release notes: stage-tagged feature items or sections such as known issues.</summary>
    ReleaseNotes,

    /// <summary>A post with a title and a date in its front matter announcing a release.</summary>
    Announcement,

    /// <summary>Summaries of many releases, one section each.</summary>
    Collection,
}
