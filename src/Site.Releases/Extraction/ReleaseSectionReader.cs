using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Site.Releases.Model;
using Site.Web.Markdown;

namespace Site.Releases.Extraction;

/// <summary>
/// Reads documents that summarize many releases, one heading each ("v1.18, 03/25/2020"): the
/// release's date, its summary paragraphs, its labelled lists (themes) and the features those
/// lists name with a stage.
/// </summary>
internal static partial class ReleaseSectionReader
{
    [GeneratedRegex(@"^\s*[vV]?(?<major>\d{1,2})\.(?<minor>\d{1,3})(?:\.\d+)?(?![\d.])\s*[,:\-–—]?\s*(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionHeading();

    public static List<ReleaseSectionFact> Read(ReadingContext context, List<FeatureFact> features)
    {
        var sections = new List<ReleaseSectionFact>();
        foreach (var heading in context.Analysis.Syntax.OfType<HeadingBlock>())
        {
            var match = VersionHeading().Match(MarkdownText.Of(heading.Inline));
            if (!match.Success || !ReleaseVersion.TryParse(match.Groups["major"].Value + "." + match.Groups["minor"].Value, out var version))
            {
                continue;
            }

            var source = context.At(heading, heading.GetAttributes().Id);
            var blocks = MarkdownBlocks.SectionOf(heading).ToList();
            var summary = blocks.TakeWhile(b => b is ParagraphBlock).Where((b, i) => !IsLabelOfNext(blocks, i)).ToList();
            var themes = new List<ThemeGroup>();
            foreach (var list in blocks.OfType<ListBlock>())
            {
                var label = MarkdownBlocks.LabelBefore(heading.Parent!, heading.Parent!.IndexOf(list)) ?? string.Empty;
                if (MarkdownBlocks.IsTodo(label))
                {
                    continue;
                }

                themes.Add(new ThemeGroup(label, list.OfType<ListItemBlock>().Select(i => context.Analysis.Html(i)).ToList()));
                SummaryFeatures.Read(context, list, label, version, source.Anchor, features);
            }

            sections.Add(new ReleaseSectionFact(version.Value, ReadingContext.ParseDate(match.Groups["rest"].Value), HtmlOf.Blocks(context.Analysis, summary), themes, source));
        }

        return sections;
    }

    private static bool IsLabelOfNext(List<Block> blocks, int index)
        => index + 1 < blocks.Count && blocks[index + 1] is ListBlock;
}
