namespace Site.Web.Toc;

/// <summary>
/// An HTML heading as doctoc reads it: its level (from the tag name; 0 when the name gives none),
/// the text it gathered, in the pieces the HTML tokenizer delivered them, and its id attribute.
/// </summary>
internal sealed record HtmlHeading(int Level, IReadOnlyList<string> TextPieces, string? Id)
{
    public string Text => string.Concat(TextPieces);
}
