using Site.Engine.Documents;
using Site.Releases.Model;

namespace Site.Releases;

/// <summary>Metadata keys of the domain.</summary>
public static class ReleaseKeys
{
    public static readonly Key<DocumentFacts> Facts = new("release-facts");

    public static readonly Key<Catalog> Catalog = new("catalog");

    /// <summary>Features and releases a page mentions (filled when cross-links are added).</summary>
    public static readonly Key<PageMentions> Mentions = new("mentions");
}

/// <summary>What a page's text refers to.</summary>
public sealed record PageMentions(IReadOnlyList<string> FeatureIds, IReadOnlyList<ReleaseVersion> Releases)
{
    public static readonly PageMentions None = new([], []);
}
