using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Releases.Model;
using Site.Web.Markdown;

namespace Site.Releases.Extraction;

/// <summary>
/// Reads release-notes items such as "[beta] DaemonSet history and rollback ... ([kubernetes/features#124](...))":
/// the stage tag, the feature's name (the text before the first link), its issue number from
/// the links, and the group it is filed under (a bold parent item such as **Apps**, or the
/// headings above it).
/// </summary>
internal static class StageTaggedItemReader
{

    public static void Read(ReadingContext context, List<FeatureFact> features)
    {
        foreach (var item in MarkdownWalk.Blocks<ListItemBlock>(context.Analysis.Syntax))
        {
            // Only items that begin with a "[stage]" tag are read further; most list items are not features.
            if (MarkdownBlocks.Lead(item) is not { Inline: { FirstChild: LiteralInline first } inline } lead || !StartsWithTag(first))
            {
                continue;
            }

            // Strings are made of the name part only, not of the whole text, then again without the
            // tag, then again trimmed (three copies of every item's text, ~400 MB at 10,000 pages).
            var (fullText, fullMasked) = NameBeforeFirstLink(inline);
            if (StageTagLength(fullText, out var stage) is not (> 0 and var tagLength))
            {
                continue;
            }

            var end = fullText.Length;
            while (end > tagLength && fullText[end - 1] is ' ' or '(' or '[')
            {
                end--;
            }

            // Made now: the scratch builders are this thread's, and reading the item's labels below reuses them.
            var tag = fullText.ToString(0, tagLength);
            var text = fullText.ToString(tagLength, end - tagLength);
            var masked = fullMasked.ToString(tagLength, end - tagLength);
            var aliases = new List<string>();
            var name = StagePhrase.Parse(text, masked, null) is { } phrase ? phrase.Name : FeatureNames.Clean(text, aliases);
            if (name.Length < 2)
            {
                continue;
            }

            var source = context.At(lead);
            var (numbers, references) = Links(context, item);
            var (labels, bold) = GroupLabels(context, item);
            features.Add(new FeatureFact(name, FeatureOrigin.Notes, source)
            {
                Aliases = aliases.Count == 0 ? [] : aliases.ToArray(),
                Description = context.Analysis.KeepHtml(lead, tag),
                SigLabels = labels,
                FirstLabelNamesGroup = bold,
                IssueNumbers = numbers,
                References = references,
                Stages = context.DocumentRelease is { } release ? [new StagePoint(release, stage, null, source)] : [],
            });
        }
    }

    private static bool StartsWithTag(LiteralInline literal)
    {
        var content = literal.Content.AsSpan().TrimStart();
        return content.Length > 0 && content[0] == '[';
    }

    private static (StringBuilder Text, StringBuilder Masked) NameBeforeFirstLink(ContainerInline inline)
        => MarkdownBlocks.TextAndMaskInScratch(MarkdownBlocks.Children(inline).TakeWhile(c => c is not LinkInline { IsImage: false }));

    /// <summary>
    /// The length of a leading "[alpha]" tag (alpha, beta, stable, ga or deprecated in any case, then
    /// white space), or 0 when the text does not start with one.
    /// </summary>
    internal static int StageTagLength(StringBuilder text, out Stage stage)
    {
        stage = default;
        if (text.Length < 3 || text[0] != '[')
        {
            return 0;
        }

        var close = -1;
        for (var i = 1; i < Math.Min(text.Length, LongestStageWord + 2); i++)
        {
            if (text[i] == ']')
            {
                close = i;
                break;
            }
        }

        if (close < 0)
        {
            return 0;
        }

        Span<char> word = stackalloc char[close - 1];
        text.CopyTo(1, word, word.Length);
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        Stage? named = ((ReadOnlySpan<char>)lower) switch
        {
            "alpha" => Stage.Alpha,
            "beta" => Stage.Beta,
            "stable" or "ga" => Stage.Stable,
            "deprecated" => Stage.Deprecated,
            _ => null,
        };
        if (named is null)
        {
            return 0;
        }

        stage = named.Value;
        var length = close + 1;
        while (length < text.Length && char.IsWhiteSpace(text[length]))
        {
            length++;
        }

        return length;
    }

    private const int LongestStageWord = 10; // "deprecated"

    private static (OneOrMany<int>, IReadOnlyList<Reference>) Links(ReadingContext context, ListItemBlock item)
    {
        List<int>? numbers = null;
        List<Reference>? references = null;
        foreach (var link in MarkdownWalk.Inlines<LinkInline>(item))
        {
            if (link.IsImage || link.Url is null)
            {
                continue;
            }

            // The URL usually says which issue it is; the link's text is made only when it does not.
            var number = context.Rules.IssueNumber(link.Url);
            var text = number is null ? MarkdownText.Of(link) : null;
            number ??= context.Rules.IssueNumber(text!);
            if (number is { } issue)
            {
                numbers ??= [];
                if (!numbers.Contains(issue))
                {
                    numbers.Add(issue);
                }
            }
            else if (link.Url!.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || link.Url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                // Upstream documents (docs PRs, designs) are references; links to other pages of the site are navigation.
                (references ??= []).Add(new Reference(text!, link.Url));
            }
        }

        // Not the lists they were gathered in: facts live until the catalog is built, and every
        // object they hold is one more for each collection on the way to trace and move.
        OneOrMany<int> foundNumbers = numbers is null ? [] : [.. numbers];
        IReadOnlyList<Reference> foundReferences = references is null ? [] : references.ToArray();
        return (foundNumbers, foundReferences);
    }

    /// <summary>The bold label of the parent item (- **Apps**), then the headings above, nearest first.</summary>
    private static (IReadOnlyList<string> Labels, bool FirstIsBold) GroupLabels(ReadingContext context, ListItemBlock item)
    {
        List<string>? bold = null;
        for (Block? block = item.Parent; block is not null; block = block.Parent)
        {
            if (block is ListItemBlock parentItem && MarkdownBlocks.BoldOnly(MarkdownBlocks.Lead(parentItem)) is { } boldLabel)
            {
                (bold ??= []).Add(context.Analysis.Strings?.Get(boldLabel) ?? boldLabel);
            }
        }

        var headings = context.HeadingLabels(item);
        if (bold is null)
        {
            return (headings, false);
        }

        // An array: as IReadOnlyList, [.. bold, .. headings] would be an array and a wrapper, two
        // objects for each of the (many) items under bold labels, kept until the catalog is built.
        string[] labels = [.. bold, .. headings];
        return (labels, true);
    }
}
