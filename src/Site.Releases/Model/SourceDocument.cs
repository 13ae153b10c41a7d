namespace Site.Releases.Model;

/// <summary>A source document as other pages list it: title, page, language and kind.</summary>
/// <remarks>A class, not a record: it is identified by reference, and its translations are filled in after creation.</remarks>
public sealed class SourceDocument(
    string sourcePath,
    string title,
    string url,
    string language,
    DocumentKind kind,
    ReleaseVersion? release,
    DateOnly? date)
{
    public string SourcePath { get; } = sourcePath;

    public string Title { get; } = title;

    public string Url { get; } = url;

    public string Language { get; } = language;

    public DocumentKind Kind { get; } = kind;

    public ReleaseVersion? Release { get; } = release;

    public DateOnly? Date { get; } = date;

    /// <summary>Pages in other languages with the same content (hreflang alternates), by language.</summary>
    public IReadOnlyDictionary<string, SourceDocument> Translations { get; set; } = new Dictionary<string, SourceDocument>();
}
