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
        AppendChildren(heading.Inline, source, SpanShift(heading, source), builder);
        return builder.ToString();
    }

    // Markdig misplaces the inline spans of an ATX heading whose text follows a tab; the text
    // starts after the #s and the blanks, so that is where the first inline must be.
    private static int SpanShift(HeadingBlock heading, string source)
    {
        if (heading.IsSetext)
        {
            return 0;
        }

        var position = heading.Span.Start;
        while (position < source.Length && source[position] == '#')
        {
            position++;
        }

        while (position < source.Length && source[position] is ' ' or '\t')
        {
            position++;
        }

        return position - heading.Inline!.FirstChild!.Span.Start;
    }

    // Between children the source is copied as is, so soft line breaks keep the indentation of
    // the next line exactly as doctoc's text nodes do.
    private static void AppendChildren(ContainerInline container, string source, int shift, StringBuilder builder)
    {
        var inlines = new List<Inline>();
        Flatten(container, inlines);
        if (inlines.Count == 0)
        {
            return;
        }

        var copiedUpTo = inlines[0].Span.Start + shift;
        var lastEnd = copiedUpTo;
        for (var i = 0; i < inlines.Count; i++)
        {
            var inline = inlines[i];
            var start = inline.Span.Start + shift;
            var end = inline.Span.End + shift;
            var replacement = inline switch
            {
                LinkInline { IsImage: true } => "*",
                LinkInline link when !IsInlineFootnote(source, start) => TextOf(link, source, shift),
                AutolinkInline => source.Substring(start + 1, Math.Max(0, inline.Span.Length - 2)),
                _ => null,
            };
            if (replacement is not null)
            {
                Copy(source, builder, copiedUpTo, start);
                builder.Append(replacement);
                copiedUpTo = end + 1;
            }
            else if (inline is HtmlEntityInline && (i + 1 == inlines.Count || !IsText(inlines[i + 1])) && source[end] == ';')
            {
                // doctoc's parser ends a text node at the entity's name, so the ';' of an entity
                // that ends a run of text is not part of the heading text.
                Copy(source, builder, copiedUpTo, end);
                copiedUpTo = end + 1;
            }

            lastEnd = Math.Max(lastEnd, end + 1);
        }

        Copy(source, builder, copiedUpTo, lastEnd);
    }

    // An unmatched '[' stays in Markdig's tree as a container (spanning only the bracket) of what
    // follows it; for doctoc's parser it is plain text among its siblings.
    private static void Flatten(ContainerInline container, List<Inline> inlines)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline.Span.End < inline.Span.Start)
            {
                continue;
            }

            inlines.Add(inline);
            if (inline is LinkDelimiterInline delimiter)
            {
                Flatten(delimiter, inlines);
            }
        }
    }

    // Literals, entities, unmatched brackets and soft line breaks make up one text node in doctoc's parser.
    private static bool IsText(Inline inline)
        => inline is LiteralInline or HtmlEntityInline or LinkDelimiterInline or LineBreakInline { IsHard: false };

    // doctoc's parser reads "^[...]" as an inline footnote, kept as written, before it sees a link.
    private static bool IsInlineFootnote(string source, int linkStart)
        => linkStart > 0 && source[linkStart - 1] == '^' && (linkStart < 2 || source[linkStart - 2] != '\\');

    private static string TextOf(ContainerInline link, string source, int shift)
    {
        var builder = new StringBuilder();
        AppendChildren(link, source, shift, builder);
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
