using Markdig.Syntax;
using Site.Releases.Model;
using Site.Web.Markdown;

namespace Site.Releases.Extraction;

/// <summary>
/// Reads lists of groups ("- sig-node", "- ~sig-big-data~"): a list counts when most of its
/// items are group names; a struck-through name is a retired group.
/// </summary>
internal static class SigListReader
{
    private const int MinimumGroups = 3;

    public static List<SigFact> Read(ReadingContext context)
    {
        var sigs = new List<SigFact>();
        foreach (var list in MarkdownWalk.Blocks<ListBlock>(context.Analysis.Syntax))
        {
            // A list of groups is short names; most lists are prose, and their text is not worth making.
            if (!LooksLikeGroupList(list))
            {
                continue;
            }

            var entries = list.OfType<ListItemBlock>()
                .Select(MarkdownBlocks.Lead)
                .Where(p => p is not null)
                .Select(p => (Paragraph: p!, Name: MarkdownText.Of(p!.Inline).Trim()))
                .ToList();
            var groups = entries.Where(e => context.Rules.GroupName.IsMatch(e.Name)).ToList();
            if (groups.Count < MinimumGroups || groups.Count * 10 < entries.Count * 6)
            {
                continue;
            }

            sigs.AddRange(groups.Select(g => new SigFact(g.Name.ToLowerInvariant(), MarkdownBlocks.IsStruckThrough(g.Paragraph), context.At(g.Paragraph))));
        }

        return sigs;
    }

    private const int MaxGroupNameLength = 60;

    private static bool LooksLikeGroupList(ListBlock list)
        => list.Count >= MinimumGroups && list.OfType<ListItemBlock>().Take(MinimumGroups).All(item =>
            MarkdownBlocks.Lead(item) is { } lead && lead.Span.Length <= MaxGroupNameLength && !lead.Span.IsEmpty);
}
