using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Web.Markdown;
using Site.Web.Text;

namespace Site.Releases.Extraction;

/// <summary>Small readings of the markdown tree shared by the domain readers.</summary>
internal static class MarkdownBlocks
{
    private const int MaxLabelLength = 80;
    private const int MaxLabelSourceLength = 400;

    /// <summary>
    /// The label a paragraph gives the list right after it: "Major Themes:", "**Deprecation:**",
    /// "Graduated to Stable:". Only the paragraph's last line counts ("**What's New**  \nSecurity:").
    /// </summary>
    public static string? LabelBefore(ContainerBlock parent, int listIndex)
    {
        // A label is a short paragraph; a long one is prose, and its text need not be made to know that.
        if (listIndex == 0 || parent[listIndex - 1] is not ParagraphBlock paragraph || paragraph.Inline is null || paragraph.Span.Length > MaxLabelSourceLength)
        {
            return null;
        }

        return LastLine(paragraph.Inline) is { Length: > 0 and <= MaxLabelLength } label ? label : null;
    }

    /// <summary>A paragraph that is nothing but a label ("Deprecation:", "TODO:"), or null.</summary>
    public static string? StandaloneLabel(ParagraphBlock paragraph)
    {
        var text = MarkdownText.Of(paragraph.Inline).Trim().TrimEnd('\u00a0');
        return text.EndsWith(':') && text.Length <= MaxLabelLength ? TrimLabel(text) : null;
    }

    public static string TrimLabel(string label) => label.Trim().Trim('\u00a0').TrimEnd(':', '：').Trim().Trim('\u00a0', ' ', '*');

    private static string LastLine(ContainerInline inline)
    {
        var text = new StringBuilder();
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is LineBreakInline)
            {
                text.Clear();
                continue;
            }

            text.Append(child is ContainerInline container ? MarkdownText.Of(container) : PlainOf(child));
        }

        return TrimLabel(text.ToString());
    }

    private static string PlainOf(Inline inline) => inline switch
    {
        LiteralInline literal => literal.Content.ToString(),
        CodeInline code => code.Content,
        HtmlEntityInline entity => entity.Transcoded.ToString(),
        _ => string.Empty,
    };

    /// <summary>"TODO:" labels mark placeholders of a draft; their lists are not content.</summary>
    public static bool IsTodo(string? label) => label is not null && label.Equals("TODO", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first paragraph of a list item (its own text, without nested lists).</summary>
    public static ParagraphBlock? Lead(ListItemBlock item) => item.Count > 0 ? item[0] as ParagraphBlock : null;

    /// <summary>
    /// The item's own text and the same text with code spans replaced by 'x', for stage detection
    /// that must not see words inside code.
    /// </summary>
    public static (string Text, string Masked) TextAndMask(ContainerInline? inline)
        => TextAndMask(Children(inline));

    /// <summary>The same for a run of sibling inlines (e.g. everything before an item's first link).</summary>
    public static (string Text, string Masked) TextAndMask(IEnumerable<Inline> inlines)
    {
        var (text, masked) = TextAndMaskInScratch(inlines);
        return (text.ToString(), masked.ToString());
    }

    /// <summary>
    /// The same, left in this thread's scratch builders (valid until the thread's next call), for a
    /// caller that keeps only part of the text and makes strings of that part alone.
    /// </summary>
    public static (StringBuilder Text, StringBuilder Masked) TextAndMaskInScratch(IEnumerable<Inline> inlines)
    {
        // One pass into two builders, folding white space as it goes: this runs for every item of
        // every release-notes page.
        var text = ScratchBuilder.Take(ref _text);
        var masked = ScratchBuilder.Take(ref _masked);
        var space = false;
        foreach (var inline in inlines)
        {
            Append(inline, text, masked, ref space);
        }

        return (text, masked);
    }

    // Reused by each thread: items are read one at a time, and a builder per item was most of what reading them allocated.
    [ThreadStatic]
    private static StringBuilder? _text;

    [ThreadStatic]
    private static StringBuilder? _masked;

    public static IEnumerable<Inline> Children(ContainerInline? inline)
    {
        for (var child = inline?.FirstChild; child is not null; child = child.NextSibling)
        {
            yield return child;
        }
    }

    private static void Append(Inline inline, StringBuilder text, StringBuilder masked, ref bool space)
    {
        switch (inline)
        {
            case CodeInline code:
                AppendFolded(code.Content, text, masked, maskAs: 'x', ref space);
                break;
            case LiteralInline literal:
                AppendFolded(literal.Content.AsSpan(), text, masked, maskAs: null, ref space);
                break;
            case HtmlEntityInline entity:
                AppendFolded(entity.Transcoded.AsSpan(), text, masked, maskAs: null, ref space);
                break;
            case LineBreakInline:
                space = text.Length > 0;
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(child, text, masked, ref space);
                }

                break;
        }
    }

    // Appends with runs of white space folded to one space (none at the start), masking every
    // character as maskAs when given (code spans), so text and mask keep the same length.
    private static void AppendFolded(ReadOnlySpan<char> value, StringBuilder text, StringBuilder masked, char? maskAs, ref bool space)
    {
        while (WhiteSpace.NextWord(ref value, ref space, text.Length > 0) is { IsEmpty: false } word)
        {
            if (space)
            {
                text.Append(' ');
                masked.Append(' ');
                space = false;
            }

            text.Append(word);
            if (maskAs is { } mask)
            {
                masked.Append(mask, word.Length);
            }
            else
            {
                masked.Append(word);
            }
        }
    }

    /// <summary>Is the paragraph's whole content struck through (~~name~~ or ~name~)?</summary>
    public static bool IsStruckThrough(ParagraphBlock paragraph)
        => paragraph.Inline?.FirstChild is EmphasisInline { DelimiterChar: '~' } && paragraph.Inline.FirstChild.NextSibling is null;

    /// <summary>The text of a bold-only paragraph ("**API Machinery**"), or null.</summary>
    public static string? BoldOnly(ParagraphBlock? paragraph)
        => paragraph?.Inline?.FirstChild is EmphasisInline { DelimiterChar: '*' or '_', DelimiterCount: 2 } strong && strong.NextSibling is null
            ? MarkdownText.Of(strong)
            : null;

    /// <summary>The blocks after a heading up to the next heading of the same or a higher level.</summary>
    public static IEnumerable<Block> SectionOf(HeadingBlock heading)
    {
        var parent = heading.Parent!;
        for (var i = parent.IndexOf(heading) + 1; i < parent.Count; i++)
        {
            if (parent[i] is HeadingBlock next && next.Level <= heading.Level)
            {
                yield break;
            }

            yield return parent[i];
        }
    }

    /// <summary>The block of the document that holds <paramref name="block"/> (or the block itself).</summary>
    public static Block TopLevel(Block block)
    {
        var top = block;
        while (top.Parent is not MarkdownDocument and not null)
        {
            top = top.Parent;
        }

        return top;
    }

    /// <summary>Headings above a block, nearest first (for the group a list item belongs to).</summary>
    public static IEnumerable<HeadingBlock> HeadingsAbove(Block block)
    {
        var top = TopLevel(block);
        if (top.Parent is not MarkdownDocument document)
        {
            yield break;
        }

        var level = int.MaxValue;
        for (var i = document.IndexOf(top) - 1; i >= 0 && level > 1; i--)
        {
            if (document[i] is HeadingBlock heading && heading.Level < level)
            {
                level = heading.Level;
                yield return heading;
            }
        }
    }
}
