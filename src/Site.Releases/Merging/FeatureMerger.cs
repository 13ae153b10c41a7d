using System.Globalization;
using System.Runtime.CompilerServices;
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

    public IReadOnlyList<Group> Merge(IReadOnlyList<FeatureFact> facts)
    {
        var nodes = aliasGroups.Count + facts.Count;
        var sets = new UnionFind(nodes);
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);

        void Claim(int node, string key)
        {
            if (owner.TryGetValue(key, out var other))
            {
                sets.Union(node, other);
            }
            else
            {
                owner[key] = node;
            }
        }

        for (var g = 0; g < aliasGroups.Count; g++)
        {
            if (aliasGroups[g].Issue is { } issue)
            {
                Claim(g, "#" + issue.ToString(CultureInfo.InvariantCulture));
            }

            foreach (var key in aliasGroups[g].Names.SelectMany(NameKeys))
            {
                Claim(g, key);
            }
        }

        // Keys are the costly part (normalizing every name); they are computed in parallel, the
        // union stays sequential so the result does not depend on thread timing.
        var keys = facts.AsParallel().AsOrdered().Select(f => KeysOf.GetValue(f, FactKeys)).ToArray();
        for (var i = 0; i < facts.Count; i++)
        {
            foreach (var key in keys[i])
            {
                Claim(aliasGroups.Count + i, key);
            }
        }

        return Enumerable.Range(0, facts.Count)
            .GroupBy(i => sets.Find(aliasGroups.Count + i))
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var members = g.Select(i => facts[i]).ToList();
                var groupIssue = aliasGroups.Count > g.Key ? aliasGroups[g.Key].Issue : null;
                var numbers = members.SelectMany(f => f.IssueNumbers).Concat(groupIssue is { } n ? [n] : []).ToList();
                return new Group(members, numbers.Count == 0 ? null : numbers.Min());
            })
            .ToList();
    }

    // A fact's keys depend on the fact alone; in a preview, facts of unchanged documents are reused
    // from build to build, and so are their keys.
    private static readonly ConditionalWeakTable<FeatureFact, List<string>> KeysOf = new();

    private static List<string> FactKeys(FeatureFact fact)
    {
        var keys = new List<string>(4);
        foreach (var number in fact.IssueNumbers)
        {
            keys.Add("#" + number.ToString(CultureInfo.InvariantCulture));
        }

        keys.AddRange(NameKeys(fact.Name));
        foreach (var alias in fact.Aliases)
        {
            keys.AddRange(NameKeys(alias));
        }

        return keys;
    }

    private static IEnumerable<string> NameKeys(string name)
    {
        var compact = FeatureNames.CompactKey(name);
        if (compact.Length >= 2)
        {
            yield return "c:" + compact;
        }

        if (FeatureNames.WordSetKey(name) is { } words)
        {
            yield return "w:" + words;
        }
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
