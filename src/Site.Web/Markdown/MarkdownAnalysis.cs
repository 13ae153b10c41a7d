using Markdig.Syntax;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;

namespace Site.Web.Markdown;

/// <summary>
/// What a domain analyzer gets while a document's syntax tree is alive: the tree (links already
/// rewritten, headings already given ids), the source text, the page's headings and a way to
/// render any node to HTML. The tree is dropped after the analyzers run, so each document is
/// parsed once and never held in memory as a tree for the rest of the build.
/// </summary>
public sealed class MarkdownAnalysis(
    Document document,
    MarkdownDocument syntax,
    string source,
    IReadOnlyList<PageHeading> headings,
    Func<MarkdownObject, string> renderHtml,
    IDiagnostics diagnostics)
{
    public Document Document { get; } = document;

    public MarkdownDocument Syntax { get; } = syntax;

    public string Source { get; } = source;

    public IReadOnlyList<PageHeading> Headings { get; } = headings;

    public IDiagnostics Diagnostics { get; } = diagnostics;

    /// <summary>One copy of strings many documents repeat (labels, URLs); null in unit runs.</summary>
    public Links.StringPool? Strings { get; init; }

    /// <summary>Where large by-products (fragments few will read) can wait out of memory; null in unit runs.</summary>
    public SpillStore? Spill { get; init; }

    /// <summary>Keeps a fragment of HTML for later: in the spill file when there is one.</summary>
    public Content Keep(string html) => Spill is null ? new TextContent(html) : Spill.Write(html);

    internal FragmentRenderer? Fragments { get; init; }

    /// <summary>
    /// Renders a node and keeps its HTML for later without making a string of it, dropping
    /// <paramref name="dropPrefix"/> when the HTML starts with it (e.g. an item's "[beta] " tag).
    /// </summary>
    public Content KeepHtml(MarkdownObject node, string dropPrefix = "")
    {
        if (Fragments is null)
        {
            var html = Html(node);
            return Keep(html.StartsWith(dropPrefix, StringComparison.Ordinal) ? html[dropPrefix.Length..] : html);
        }

        var span = Fragments.RenderSpan(node);
        if (span.StartsWith(dropPrefix, StringComparison.Ordinal))
        {
            span = span[dropPrefix.Length..];
        }

        return Spill is null ? new TextContent(new string(span)) : Spill.Write(span);
    }

    public string SourcePath => Document.Source ?? string.Empty;

    /// <summary>HTML of a block, or of the inline content of a leaf block (e.g. one list item's text).</summary>
    public string Html(MarkdownObject node) => renderHtml(node);
}

/// <summary>A domain step that reads a parsed document and adds metadata to it.</summary>
public interface IMarkdownAnalyzer
{
    Metadata Analyze(MarkdownAnalysis analysis, Metadata metadata);
}
