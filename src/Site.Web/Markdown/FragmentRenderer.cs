using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Site.Web.Markdown;

/// <summary>
/// Renders a document's tree, or any node of it, to HTML with the site's renderers (raw HTML with
/// the base path, heading anchors). One per document: a renderer's setup is not free, and the
/// domain readers ask for many small fragments (one list item at a time).
/// </summary>
internal sealed class FragmentRenderer : IDisposable
{
    private readonly Output.CharBufferWriter _writer = new();
    private readonly HtmlRenderer _renderer;

    public FragmentRenderer(MarkdownPipeline pipeline, Func<string, string> rewriteRawHtml, string anchorLabel)
    {
        _renderer = new HtmlRenderer(_writer);
        pipeline.Setup(_renderer);
        RawHtmlInlineRenderer.Install(_renderer, rewriteRawHtml);
        HeadingAnchorRenderer.Install(_renderer, anchorLabel);
    }

    /// <summary>A block as HTML; a leaf block's inline content only; a list item's content without its &lt;li&gt;.</summary>
    public string Render(MarkdownObject node) => new(RenderSpan(node));

    /// <summary>The same, as a span over the renderer's pooled buffer, valid until the next render.</summary>
    public ReadOnlySpan<char> RenderSpan(MarkdownObject node)
    {
        _writer.Reset();
        switch (node)
        {
            case LeafBlock { Inline: { } } leaf:
                _renderer.WriteLeafInline(leaf);
                break;
            case ListItemBlock item:
                // Tight list items render their paragraphs without <p>, as inside the list.
                var implicitParagraph = _renderer.ImplicitParagraph;
                _renderer.ImplicitParagraph = true;
                foreach (var child in item)
                {
                    _renderer.Render(child);
                }

                _renderer.ImplicitParagraph = implicitParagraph;
                break;
            default:
                _renderer.Render(node);
                break;
        }

        _writer.Flush();
        return _writer.Written;
    }

    public void Dispose() => _writer.Dispose();
}
