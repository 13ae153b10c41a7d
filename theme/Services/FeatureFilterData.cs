using System.Runtime.CompilerServices;
using Site.Releases.Model;

namespace Site.Theme.Services;

/// <summary>
/// What the features table writes on each row for its filters (features.js reads them): every
/// release with the stage's first letter ("v1.13:b v1.18:s") and the feature's names in lower
/// case. Remembered by the catalog's lists, which an unchanged feature keeps from build to build:
/// the table lists every feature, and a preview rebuild after one edit then formats only the
/// features that changed.
/// </summary>
public static class FeatureFilterData
{
    private static readonly ConditionalWeakTable<IReadOnlyList<StagePoint>, string> StagesByTimeline = new();
    private static readonly ConditionalWeakTable<IReadOnlyList<string>, NamesOf> NamesByAliases = new();

    private sealed record NamesOf(string Title, string Names);

    public static string Stages(Feature feature)
        => StagesByTimeline.GetValue(feature.Timeline, static timeline => string.Join(' ', timeline.Select(t => t.Release + ":" + t.Stage.Id()[0])));

    public static string Names(Feature feature)
    {
        // The list alone does not say which title it went with; the title is checked too.
        if (NamesByAliases.TryGetValue(feature.Aliases, out var known) && known.Title == feature.Title)
        {
            return known.Names;
        }

        var names = (feature.Title + " " + string.Join(' ', feature.Aliases)).ToLowerInvariant();
        NamesByAliases.AddOrUpdate(feature.Aliases, new NamesOf(feature.Title, names));
        return names;
    }
}
