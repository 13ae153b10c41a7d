namespace Site.Releases.Model;

/// <summary>A source document as other pages list it: title, page, language and kind.</summary>
public sealed record SourceDocument(
    string SourcePath,
    string Title,
    string Url,
    string Language,
    DocumentKind Kind,
    ReleaseVersion? Release,
    DateOnly? Date)
{
    /// <summary>Pages in other languages with the same content (hreflang alternates), by language.</summary>
    public IReadOnlyDictionary<string, SourceDocument> Translations { get; set; } = new Dictionary<string, SourceDocument>();
}
