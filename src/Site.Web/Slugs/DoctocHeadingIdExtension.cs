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
        if (!document.Descendants<HeadingBlock>().Any())
        {
            return;
        }

        var taken = new HashSet<string>(StringComparer.Ordinal);
        var listed = new Dictionary<HeadingBlock, string>(ReferenceEqualityComparer.Instance);
        foreach (var heading in DoctocHeadingCollector.Collect(document, source))
        {
            // doctoc can list one anchor twice; only the first heading can own it. An empty
            // anchor ("#", the top of the page) is no id.
            if (heading.Id.Length > 0 && taken.Add(heading.Id) && heading.Block is HeadingBlock block)
            {
                listed[block] = heading.Id;
            }
        }

        foreach (var block in document.Descendants<HeadingBlock>())
        {
            if (!listed.TryGetValue(block, out var id))
            {
                id = FreeId(HeadingSourceText.Of(block, source), taken);
            }

            block.GetAttributes().Id = id;
        }
    }

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
