using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Site.Web.Toc;

namespace Site.Web.Slugs;

/// <summary>
/// Gives every heading of a page an id attribute: the anchor doctoc links to for each heading
/// its TOC lists, and for the others (before the doctoc block, inside quotes or lists) an id
/// built by the same slug rule with the first free "-n", so no id repeats, none is empty and
/// none takes an anchor of the TOC. Use instead of Markdig's AutoIdentifiers, whose slugs differ:
/// <code>var pipeline = MarkdownPipelines.GfmBuilder().UseDoctocHeadingIds().Build();</code>
/// Front matter may be left in the parsed text (it is recognised and skipped) or removed.
/// </summary>
public sealed class DoctocHeadingIdExtension : IMarkdownExtension
{
    // The parser keeps no reference to the text; the line slices it hands block parsers do
    // (setext headings start as paragraphs, hence both parsers).
    private static readonly object SourceKey = new();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.PreciseSourceLocation = true;
        foreach (var parser in pipeline.BlockParsers)
        {
            if (parser is HeadingBlockParser or ParagraphBlockParser)
            {
                parser.Closed -= RememberSource;
                parser.Closed += RememberSource;
            }
        }

        pipeline.DocumentProcessed -= AssignIds;
        pipeline.DocumentProcessed += AssignIds;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void RememberSource(BlockProcessor processor, Block block)
    {
        if (processor.Document.GetData(SourceKey) is null && processor.Line.Text is { } text)
        {
            processor.Document.SetData(SourceKey, text);
        }
    }

    private static void AssignIds(MarkdownDocument document)
    {
        if (document.GetData(SourceKey) is not string source)
        {
            return;
        }

        document.RemoveData(SourceKey);
        var headings = Markdown.MarkdownWalk.Blocks<HeadingBlock>(document);
        if (headings.Count == 0)
        {
            return;
        }

        // Listed headings are marked by their id (set below, none before) rather than looked up by
        // block: identity hashes of fresh Markdig blocks are slow, and every page has headings.
        foreach (var block in headings)
        {
            block.GetAttributes().Id = null;
        }

        var taken = new HashSet<string>(StringComparer.Ordinal);
        var collected = DoctocHeadingCollector.Collect(document, source);
        foreach (var heading in collected)
        {
            // doctoc can list one anchor twice; only the first heading can own it (a block listed
            // twice keeps the last of its anchors). An empty anchor ("#", the top of the page) is no id.
            if (heading.Id.Length > 0 && taken.Add(heading.Id) && heading.Block is HeadingBlock block)
            {
                block.GetAttributes().Id = heading.Id;
            }
        }

        foreach (var block in headings)
        {
            var attributes = block.GetAttributes();
            attributes.Id ??= FreeId(HeadingSourceText.Of(block, source), taken);
        }

        document.SetData(CollectedKey, collected);
    }

    private static readonly object CollectedKey = new();

    /// <summary>
    /// The headings doctoc lists for a document this extension gave ids (collected once, while
    /// parsing); for another document they are collected now.
    /// </summary>
    public static IReadOnlyList<DoctocHeading> Collected(MarkdownDocument document, string source)
        => document.GetData(CollectedKey) as IReadOnlyList<DoctocHeading> ?? DoctocHeadingCollector.Collect(document, source);

    private static string FreeId(string text, HashSet<string> taken)
    {
        var anchor = HeadingSlugger.Anchor(text);
        var id = anchor.Id;
        for (var repetition = 1; id.Length == 0 || !taken.Add(id); repetition++)
        {
            id = HeadingSlugger.Anchor(text, repetition).Id;
            if (id == anchor.Id)
            {
                // A {#custom-id} ignores repetitions: number it ourselves.
                id = anchor.Id + "-" + repetition.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return id;
    }
}
