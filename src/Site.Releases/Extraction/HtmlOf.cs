using System.Net;
using Markdig.Syntax;
using Site.Web.Markdown;

namespace Site.Releases.Extraction;

/// <summary>Renders pieces of a document for use on other pages (release and feature pages).</summary>
internal static class HtmlOf
{
    /// <summary>A block as it appears in a page: paragraphs keep their &lt;p&gt;.</summary>
    public static string Block(MarkdownAnalysis analysis, Block block)
        => block is ParagraphBlock ? "<p>" + analysis.Html(block) + "</p>" : analysis.Html(block);

    public static string Blocks(MarkdownAnalysis analysis, IEnumerable<Block> blocks)
        => string.Concat(blocks.Select(b => Block(analysis, b)));

    public static string Text(string text) => WebUtility.HtmlEncode(text);
}
