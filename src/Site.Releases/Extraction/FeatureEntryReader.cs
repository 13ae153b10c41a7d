using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Releases.Model;
using Site.Web.Markdown;

namespace Site.Releases.Extraction;

/// <summary>
/// Reads features that have a heading of their own followed by their stage history
/// ("- *Date: 03/30/2020, v1.18, stable*"), their description and a references list.
/// A lower-case word before a colon in the heading ("cli: kubectl diff") names the area.
/// </summary>
internal static partial class FeatureEntryReader
{
    [GeneratedRegex(@"^\s*(?:date\s*:\s*)?(?:(?<date>\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})\s*,\s*)?(?<version>[vV]?\d+\.\d+)(?:\.\d+)?\s*,\s*(?<stage>alpha|beta|stable|ga|deprecated)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StageLine();

    [GeneratedRegex(@"^(?<area>[a-z][a-z0-9-]*)\s*:\s+(?<name>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex AreaPrefixedName();

    public static void Read(ReadingContext context, List<FeatureFact> features)
    {
        foreach (var heading in context.Analysis.Syntax.OfType<HeadingBlock>())
        {
            // A feature entry's heading is followed directly by its stage history list.
            var index = heading.Parent!.IndexOf(heading);
            if (index + 1 >= heading.Parent.Count || heading.Parent[index + 1] is not ListBlock history || Stages(context, history) is not { Count: > 0 } stages)
            {
                continue;
            }

            var blocks = MarkdownBlocks.SectionOf(heading).ToList();

            var title = MarkdownText.Of(heading.Inline);
            var labels = new List<string>();
            if (AreaPrefixedName().Match(title) is { Success: true } prefixed)
            {
                labels.Add(prefixed.Groups["area"].Value);
                title = prefixed.Groups["name"].Value;
            }

            var (description, references) = DescriptionAndReferences(context, blocks.Skip(1).ToList());
            features.Add(new FeatureFact(title, FeatureOrigin.Entry, context.At(heading, heading.GetAttributes().Id))
            {
                SigLabels = labels,
                FirstLabelNamesGroup = labels.Count > 0,
                Stages = [.. stages],
                Description = description is null ? null : context.Analysis.Keep(description),
                References = references,
            });
        }
    }

    private static List<StagePoint>? Stages(ReadingContext context, ListBlock list)
    {
        var points = new List<StagePoint>();
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var match = MarkdownBlocks.Lead(item) is { } lead ? StageLine().Match(MarkdownText.Of(lead.Inline)) : Match.Empty;
            if (!match.Success || !ReleaseVersion.TryParse(match.Groups["version"].Value, out var version)
                || StageNames.Parse(match.Groups["stage"].Value) is not { } stage)
            {
                return null;
            }

            points.Add(new StagePoint(version.Value, stage, ReadingContext.ParseDate(match.Groups["date"].Value), context.At(item)));
        }

        return points;
    }

    private static (string? Description, List<Reference> References) DescriptionAndReferences(ReadingContext context, List<Block> blocks)
    {
        var references = new List<Reference>();
        var description = new List<Block>();
        var inReferences = false;
        foreach (var block in blocks)
        {
            if (block is ParagraphBlock paragraph && context.Rules.IsReferencesLabel(MarkdownText.Of(paragraph.Inline)))
            {
                inReferences = true;
                continue;
            }

            if (inReferences && block is ListBlock list)
            {
                references.AddRange(MarkdownWalk.Inlines<LinkInline>(list)
                    .Where(l => !l.IsImage && l.Url is not null)
                    .Select(l => new Reference(MarkdownText.Of(l), l.Url!)));
                continue;
            }

            if (!inReferences && block is not HeadingBlock)
            {
                description.Add(block);
            }
        }

        return (description.Count == 0 ? null : HtmlOf.Blocks(context.Analysis, description), references);
    }
}
