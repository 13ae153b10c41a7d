using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Site.Web.Markdown;

/// <summary>
/// GitHub strikes through text between single tildes (~old~) as well as double ones (~~old~~).
/// Markdig reads single tildes as subscript; with both tilde forms enabled (see
/// <see cref="MarkdownPipelines.GfmBuilder"/>), this renders both as &lt;del&gt;, so a list of retired
/// groups looks and reads as it does on GitHub. Add it after the emphasis extras.
/// </summary>
public sealed class GfmStrikethroughExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<EmphasisInlineRenderer>() is { } emphasis)
        {
            var previous = emphasis.GetTag;
            emphasis.GetTag = inline => inline.DelimiterChar == '~' ? "del" : previous(inline);
        }
    }
}
