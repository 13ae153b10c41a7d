namespace Site.Web.Markdown;

/// <summary>A heading of a page: level, plain text, anchor id and the 1-based source line.</summary>
public sealed record PageHeading(int Level, string Text, string Id, int Line);
