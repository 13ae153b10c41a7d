using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Web.Toc;

/// <summary>
/// The text doctoc writes for a heading: its inline markdown as written in the source (emphasis
/// markers, code spans, escapes and entities kept), except that a link contributes only its
/// text and an image becomes '*'. Needs inline spans, so the document must be parsed with
/// precise source locations.
/// </summary>
internal static class HeadingSourceText
{
    public static string Of(HeadingBlock heading, string source)
    {
        if (heading.Inline?.FirstChild is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        AppendChildren(heading.Inline, source, builder);
        return builder.ToString();
    }

    // Between children the source is copied as is, so soft line breaks keep the indentation of
    // the next line exactly as doctoc's text nodes do.
    private static void AppendChildren(ContainerInline container, string source, StringBuilder builder)
    {
        var first = container.FirstChild;
        if (first is null)
        {
            return;
        }

        var copiedUpTo = first.Span.Start;
        var lastEnd = copiedUpTo;
        for (var inline = first; inline is not null; inline = inline.NextSibling)
        {
            if (inline.Span.End < inline.Span.Start)
            {
                continue;
            }

            var replacement = inline switch
            {
                LinkInline { IsImage: true } => "*",
                LinkInline link => TextOf(link, source),
                AutolinkInline => source.Substring(inline.Span.Start + 1, Math.Max(0, inline.Span.Length - 2)),
                _ => null,
            };
            if (replacement is not null)
            {
                Copy(source, builder, copiedUpTo, inline.Span.Start);
                builder.Append(replacement);
                copiedUpTo = inline.Span.End + 1;
            }
            else if (inline is HtmlEntityInline && EndsTextRun(inline) && source[inline.Span.End] == ';')
            {
                // doctoc's parser ends a text node at the entity's name, so the ';' of an entity
                // that ends a run of text is not part of the heading text.
                Copy(source, builder, copiedUpTo, inline.Span.End);
                copiedUpTo = inline.Span.End + 1;
            }

            lastEnd = Math.Max(lastEnd, inline.Span.End + 1);
        }

        Copy(source, builder, copiedUpTo, lastEnd);
    }

    // Literals, entities and soft line breaks make up one text node in doctoc's parser.
    private static bool EndsTextRun(Inline inline)
        => inline.NextSibling is not (LiteralInline or HtmlEntityInline or LineBreakInline { IsHard: false });

    private static string TextOf(ContainerInline link, string source)
    {
        var builder = new StringBuilder();
        AppendChildren(link, source, builder);
        return builder.ToString();
    }

    private static void Copy(string source, StringBuilder builder, int from, int to)
    {
        if (to > from)
        {
            builder.Append(source, from, to - from);
        }
    }
}
