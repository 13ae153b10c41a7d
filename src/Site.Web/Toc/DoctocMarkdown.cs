using Markdig;
using Markdig.Syntax;
using Site.Web.Markdown;

namespace Site.Web.Toc;

/// <summary>Parses markdown the way the TOC code reads it: the site's GFM dialect, front matter masked.</summary>
public static class DoctocMarkdown
{
    /// <summary>
    /// Parses <paramref name="source"/> with <see cref="MarkdownPipelines.Gfm"/>; front matter
    /// (as doctoc recognises it) is replaced by spaces first so Markdig does not read it as
    /// markdown, while every offset and line stays where it was.
    /// </summary>
    public static MarkdownDocument Parse(string source, MarkdownPipeline? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Markdig.Markdown.Parse(MaskFrontMatter(source), pipeline ?? MarkdownPipelines.Gfm);
    }

    /// <summary>The text with its front matter blanked out (line endings kept), or the text itself.</summary>
    public static string MaskFrontMatter(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var end = FrontMatter.FindEnd(source);
        if (end < 0)
        {
            return source;
        }

        return string.Create(source.Length, (source, end), static (span, state) =>
        {
            state.source.AsSpan().CopyTo(span);
            for (var i = 0; i < state.end; i++)
            {
                if (span[i] is not ('\n' or '\r'))
                {
                    span[i] = ' ';
                }
            }
        });
    }
}
