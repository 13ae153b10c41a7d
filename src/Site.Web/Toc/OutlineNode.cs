using Markdig.Syntax;

namespace Site.Web.Toc;

internal enum OutlineNodeKind
{
    FrontMatter,
    Heading,
    Html,
    Paragraph,
    List,
    Other,
}

/// <summary>
/// A top-level block with the range doctoc's parser gives it: <see cref="Start"/> and
/// <see cref="End"/> (exclusive) are offsets into the source, lines are 1-based.
/// </summary>
internal sealed record OutlineNode(OutlineNodeKind Kind, int Start, int End, int StartLine, int EndLine, Block? Block)
{
    public string Raw(string source) => source[Start..End];
}
