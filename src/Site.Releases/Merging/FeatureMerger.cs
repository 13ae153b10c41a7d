using System.Globalization;
using Site.Releases.Extraction;
using Site.Releases.Model;
using Site.Releases.Settings;

namespace Site.Releases.Merging;

/// <summary>
/// Merges the features every document describes into one feature each: by issue number, else by
/// name (compact key or word set, aliases included), else by the curated alias groups of the
/// settings. The title prefers a feature's own heading, then the names release summaries use,
/// then the release notes' description.
/// </summary>
public sealed class FeatureMerger(ReleaseSettings settings, IReadOnlyList<FeatureAliasGroup> aliasGroups)
{
    private const int MaxTitleLength = 90;

    public sealed record Group(IReadOnlyList<FeatureFact> Facts, int? Number);

    /// <param name="keys">The key table to use; one that outlives the build (the preview's) already knows the keys of facts it has seen.</param>
    public IReadOnlyList<Group> Merge(IReadOnlyList<FeatureFact> facts, FeatureKeyTable? keys = null)
    {
        var table = keys ?? new FeatureKeyTable(rememberFacts: false);
        var groupKeys = new int[aliasGroups.Count][];
        for (var g = 0; g < aliasGroups.Count; g++)
        {
            groupKeys[g] = table.KeysOf(aliasGroups[g].Names, aliasGroups[g].Issue);
        }

        // Keys are the costly part (normalizing every name); they are computed in parallel, the
        // union stays sequential so the result does not depend on thread timing.
        var factKeys = new int[facts.Count][];
        Parallel.For(0, facts.Count, i => factKeys[i] = table.KeysOf(facts[i]));

        // The first node to claim a key owns it; every later claimant joins the owner's set.
        var sets = new UnionFind(aliasGroups.Count + facts.Count);
        var owner = new int[table.Count];
        Array.Fill(owner, -1);
        void Claim(int node, int[] nodeKeys)
        {
            foreach (var key in nodeKeys)
            {
                if (owner[key] < 0)
                {
                    owner[key] = node;
                }
                else
                {
                    sets.Union(node, owner[key]);
                }
            }
        }

        for (var g = 0; g < groupKeys.Length; g++)
        {
            Claim(g, groupKeys[g]);
        }

        for (var i = 0; i < facts.Count; i++)
        {
            Claim(aliasGroups.Count + i, factKeys[i]);
        }

        return Groups(facts, sets);
    }

    /// <summary>One group per set, ordered by the set's representative (its smallest node), members in document order.</summary>
    private List<Group> Groups(IReadOnlyList<FeatureFact> facts, UnionFind sets)
    {
        var indexOfRoot = new Dictionary<int, int>();
        var roots = new List<int>();
        var members = new List<List<FeatureFact>>();
        for (var i = 0; i < facts.Count; i++)
        {
            var root = sets.Find(aliasGroups.Count + i);
            if (!indexOfRoot.TryGetValue(root, out var index))
            {
                index = members.Count;
                indexOfRoot[root] = index;
                roots.Add(root);
                members.Add([]);
            }

            members[index].Add(facts[i]);
        }

        var order = Enumerable.Range(0, roots.Count).ToArray();
        Array.Sort(roots.ToArray(), order);
        var groups = new List<Group>(order.Length);
        foreach (var index in order)
        {
            // The smallest issue number of the members and of the alias group the set grew from.
            int? number = roots[index] < aliasGroups.Count ? aliasGroups[roots[index]].Issue : null;
            foreach (var fact in members[index])
            {
                foreach (var issue in fact.IssueNumbers)
                {
                    number = number is { } known && known <= issue ? known : issue;
                }
            }

            groups.Add(new Group(members[index], number));
        }

        return groups;
    }

    public static string Title(Group group)
    {
        var entry = group.Facts.FirstOrDefault(f => f.Origin == FeatureOrigin.Entry);
        if (entry is not null)
        {
            return Capitalized(entry.Name, group);
        }

        var summary = group.Facts.Where(f => f.Origin == FeatureOrigin.Summary).Select(f => f.Name)
            .GroupBy(n => n, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(n => n.Count()).ThenBy(n => n.Key.Length).ThenBy(n => n.Key, StringComparer.Ordinal)
            .Select(n => n.First())
            .FirstOrDefault();
        return summary ?? Shorten(group.Facts[0].Name);
    }

    // "support out-of-process ..." after an area prefix is a sentence: capitalize it when another
    // document writes the same words capitalized; "kubectl diff" stays as every document writes it.
    private static string Capitalized(string name, Group group)
    {
        if (name.Length == 0 || !char.IsLower(name[0]))
        {
            return name;
        }

        var words = FeatureNames.WordSetKey(name);
        var evidence = words is not null && group.Facts.Any(f => f.Name.Length > 0 && char.IsUpper(f.Name[0]) && FeatureNames.WordSetKey(f.Name) == words);
        return evidence ? char.ToUpperInvariant(name[0]) + name[1..] : name;
    }

    public string? IssueUrl(int? number)
        => number is { } n && settings.FeatureIssueUrl.Length > 0
            ? string.Format(CultureInfo.InvariantCulture, settings.FeatureIssueUrl, n)
            : null;

    private static string Shorten(string name)
    {
        if (name.Length <= MaxTitleLength)
        {
            return name.TrimEnd('.');
        }

        var cut = name.LastIndexOf(' ', MaxTitleLength);
        return name[..(cut > MaxTitleLength / 2 ? cut : MaxTitleLength)].TrimEnd(',', ';', ':', '.') + "…";
    }
}
