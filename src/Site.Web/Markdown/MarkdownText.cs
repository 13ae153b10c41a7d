using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Web.Text;

namespace Site.Web.Markdown;

/// <summary>Plain text of markdown nodes, as a reader sees it (no markup, code kept as written).</summary>
public static class MarkdownText
{
    public static string Of(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var text = ScratchBuilder.Take(ref _scratch);
        Append(inline, text);
        return WhiteSpace.Collapse(text);
    }

    public static string Of(Block block)
    {
        var text = ScratchBuilder.Take(ref _scratch);
        AppendBlock(block, text);
        return WhiteSpace.Collapse(text);
    }

    // The raw text is only read by the collapse that follows.
    [ThreadStatic]
    private static StringBuilder? _scratch;

    public static void AppendBlock(Block block, StringBuilder text)
    {
        switch (block)
        {
            case LeafBlock { Inline: { } inline }:
                Append(inline, text);
                text.Append(' ');
                break;
            case CodeBlock or HtmlBlock:
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    AppendBlock(child, text);
                }

                break;
        }
    }

    private static void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case LinkInline { IsImage: true } image:
                AppendChildren(image, text);
                break;
            case ContainerInline container:
                AppendChildren(container, text);
                break;
        }
    }

    private static void AppendChildren(ContainerInline container, StringBuilder text)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            Append(child, text);
        }
    }
}
