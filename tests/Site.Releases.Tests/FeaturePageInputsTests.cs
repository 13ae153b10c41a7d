using Site.Releases.Model;
using Site.Releases.Pages;

namespace Site.Releases.Tests;

/// <summary>
/// A preview rebuild keeps a feature page (its linked description and fingerprint) when the page
/// is made of what it was made of last build: the catalog hands an unchanged feature the very same
/// lists, so lists count as unchanged only when they are the same objects.
/// </summary>
public sealed class FeaturePageInputsTests
{
    private static readonly SourceRef Source = new("seeds/notes.md", 12, "/docs/notes/", "storage");
    private static readonly List<StagePoint> Timeline = [new(new ReleaseVersion(1, 7), Stage.Alpha, null, Source), new(new ReleaseVersion(1, 9), Stage.Beta, null, Source)];
    private static readonly List<string> Aliases = ["local volumes"];
    private static readonly List<Reference> References = [];
    private static readonly List<SourceRef> DefinedIn = [Source];

    private static Feature Made(IReadOnlyList<StagePoint>? timeline = null, string description = "<p>Disks on the node.</p>", Sig? sig = null)
        => new("local-storage", "Local Storage")
        {
            DescriptionHtml = description,
            Aliases = Aliases,
            Timeline = timeline ?? Timeline,
            References = References,
            DefinedIn = DefinedIn,
            Sig = sig,
        };

    private static List<PageRef> Mentions(params string[] urls) => [.. urls.Select(u => new PageRef("Notes " + u, u, "en"))];

    [Fact]
    public void A_feature_made_again_from_the_same_lists_with_the_same_mentions_is_the_same_page()
    {
        // Each build makes new Feature objects and gathers mentions into new lists.
        var description = new string("<p>Disks on the node.</p>".ToCharArray());
        Assert.True(new FeaturePageInputs(Made(), Mentions("/docs/a/", "/docs/b/")).SameAs(new FeaturePageInputs(Made(description: description), Mentions("/docs/a/", "/docs/b/"))));
    }

    [Fact]
    public void A_new_timeline_list_a_new_description_another_group_or_other_mentions_make_a_new_page()
    {
        var before = new FeaturePageInputs(Made(), Mentions("/docs/a/"));

        Assert.False(before.SameAs(new FeaturePageInputs(Made(timeline: [.. Timeline]), Mentions("/docs/a/"))));
        Assert.False(before.SameAs(new FeaturePageInputs(Made(description: "<p>Disks on the node, now beta.</p>"), Mentions("/docs/a/"))));
        Assert.False(before.SameAs(new FeaturePageInputs(Made(sig: new Sig("sig-storage", "SIG Storage")), Mentions("/docs/a/"))));
        Assert.False(before.SameAs(new FeaturePageInputs(Made(), Mentions("/docs/a/", "/docs/c/"))));
        Assert.False(before.SameAs(new FeaturePageInputs(Made(), [new PageRef("Renamed notes", "/docs/a/", "en")])));
    }
}
