using Site.Releases.Merging;
using Site.Releases.Model;
using Site.Releases.Settings;

namespace Site.Releases.Tests;

/// <summary>
/// Features are merged by issue number, by name and by the settings' alias groups. The preview keeps
/// the merge's key table from build to build; what it merges must never depend on that.
/// </summary>
public sealed class FeatureMergerTests
{
    private static readonly FeatureAliasGroup Curated = new() { Issue = 88, Names = ["Cloud Provider Interface", "out-of-tree cloud providers"] };

    private static FeatureFact Fact(string name, int line, int[]? issues = null, string[]? aliases = null)
        => new(name, FeatureOrigin.Entry, new SourceRef("seeds/notes.md", line, "/docs/notes/", null))
        {
            IssueNumbers = [.. issues ?? []],
            Aliases = aliases ?? [],
        };

    private static List<FeatureFact> Facts() =>
    [
        Fact("Local Storage", 1),
        Fact("Pod Security Policy", 2, issues: [5]),
        Fact("local storage", 3),                                  // same name, other case
        Fact("Cloud Provider Interface", 4),                       // a curated name: issue 88
        Fact("PSP", 5, issues: [5]),                               // same issue number
        Fact("Out-of-tree cloud providers", 6, aliases: ["CCM"]),  // the curated group's other name
        Fact("Dry run", 7),
    ];

    private static List<string[]> Names(IReadOnlyList<FeatureMerger.Group> groups)
        => [.. groups.Select(g => g.Facts.Select(f => f.Name).ToArray())];

    [Fact]
    public void Facts_that_share_an_issue_a_name_or_an_alias_group_become_one_feature_in_document_order()
    {
        var groups = new FeatureMerger(new ReleaseSettings(), [Curated]).Merge(Facts());

        // The settings' alias groups come first, then features in the order they first appear.
        Assert.Equal(
            [["Cloud Provider Interface", "Out-of-tree cloud providers"], ["Local Storage", "local storage"], ["Pod Security Policy", "PSP"], ["Dry run"]],
            Names(groups));
        Assert.Equal([88, null, 5, null], groups.Select(g => g.Number));
    }

    [Fact]
    public void A_key_table_kept_from_earlier_merges_gives_what_a_fresh_one_gives()
    {
        var merger = new FeatureMerger(new ReleaseSettings(), [Curated]);
        var kept = new FeatureKeyTable();
        var facts = Facts();
        merger.Merge(facts, kept);

        // The next build: most facts are the very objects of the last one, one is new, one is gone,
        // and the new one joins two features that were apart.
        facts[6] = Fact("Dry run", 7, aliases: ["PSP"]);
        facts.RemoveAt(0);
        var again = merger.Merge(facts, kept);
        var fresh = merger.Merge([.. facts.Select(f => f with { })], new FeatureKeyTable());

        Assert.Equal(Names(fresh), Names(again));
        Assert.Equal(fresh.Select(g => g.Number), again.Select(g => g.Number));
        Assert.Equal([["Cloud Provider Interface", "Out-of-tree cloud providers"], ["Pod Security Policy", "PSP", "Dry run"], ["local storage"]], Names(again));
    }
}
