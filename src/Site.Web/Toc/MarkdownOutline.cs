using Markdig.Syntax;

namespace Site.Web.Toc;

/// <summary>
/// The top-level blocks of a markdown document with the ranges doctoc's parser (remark) gives
/// them, which differ from Markdig's spans in small ways that matter for byte-identical output:
/// an HTML block starts at its indentation, an ATX heading ends after its closing #s, and no
/// block ends with a line ending.
/// </summary>
internal sealed class MarkdownOutline
{
    private MarkdownOutline(string source, SourceLines lines, IReadOnlyList<OutlineNode> nodes)
    {
        Source = source;
        Lines = lines;
        Nodes = nodes;
    }

    public string Source { get; }

    public SourceLines Lines { get; }

    /// <summary>Front matter first (when there is some), then the top-level blocks in order.</summary>
    public IReadOnlyList<OutlineNode> Nodes { get; }

    public bool HasFrontMatter => Nodes.Count > 0 && Nodes[0].Kind == OutlineNodeKind.FrontMatter;

    public static MarkdownOutline Parse(string source)
        => Build(DoctocMarkdown.Parse(source), source);

    public static MarkdownOutline Build(MarkdownDocument document, string source)
    {
        var lines = new SourceLines(source);
        var nodes = new List<OutlineNode>(document.Count + 1);
        var frontMatterEnd = FrontMatter.FindEnd(source);
        if (frontMatterEnd >= 0)
        {
            nodes.Add(new OutlineNode(OutlineNodeKind.FrontMatter, 0, frontMatterEnd, 1, lines.LineOf(frontMatterEnd), null));
        }

        foreach (var block in document)
        {
            if (block.Span.Start < frontMatterEnd || block.Span.IsEmpty
                || block is LinkReferenceDefinitionGroup or Markdig.Extensions.Yaml.YamlFrontMatterBlock)
            {
                continue;
            }

            var kind = KindOf(block);
            var start = kind == OutlineNodeKind.Html ? StartWithIndentation(source, lines, block.Span.Start) : block.Span.Start;
            var end = kind == OutlineNodeKind.Heading && block is HeadingBlock { IsSetext: false }
                ? lines.EndOfLine(block.Span.Start)
                : EndWithoutLineEnding(source, start, block.Span.End + 1);
            nodes.Add(new OutlineNode(kind, start, end, lines.LineOf(start), lines.LineOf(Math.Max(start, end - 1)), block));
        }

        return new MarkdownOutline(source, lines, nodes);
    }

    private static OutlineNodeKind KindOf(Block block) => block switch
    {
        HeadingBlock => OutlineNodeKind.Heading,
        HtmlBlock => OutlineNodeKind.Html,
        ParagraphBlock => OutlineNodeKind.Paragraph,
        ListBlock => OutlineNodeKind.List,
        _ => OutlineNodeKind.Other,
    };

    private static int StartWithIndentation(string source, SourceLines lines, int start)
    {
        var lineStart = lines.StartOfLine(start);
        for (var i = lineStart; i < start; i++)
        {
            if (source[i] is not (' ' or '\t'))
            {
                return start;
            }
        }

        return lineStart;
    }

    private static int EndWithoutLineEnding(string source, int start, int end)
    {
        end = Math.Min(end, source.Length);
        while (end > start && source[end - 1] is '\n' or '\r')
        {
            end--;
        }

        return end;
    }
}
