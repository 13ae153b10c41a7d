using Site.Releases.Model;

namespace Site.Releases.Linking;

/// <summary>What a mention links to: a feature page or a release page.</summary>
public sealed class CrossLinkTarget
{
    private CrossLinkTarget(string url, string title, Feature? feature, ReleaseVersion? release)
    {
        Url = url;
        Title = title;
        Feature = feature;
        Release = release;
    }

    public string Url { get; }

    public string Title { get; }

    public Feature? Feature { get; }

    public ReleaseVersion? Release { get; }

    public static CrossLinkTarget For(Feature feature) => new(feature.Url, feature.Title, feature, null);

    public static CrossLinkTarget For(Release release, string title) => new(release.Url, title, null, release.Version);
}
