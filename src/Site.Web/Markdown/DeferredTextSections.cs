using System.Collections;

namespace Site.Web.Markdown;

/// <summary>
/// A page's text sections made only when first read. A generated page's search text (a feature's
/// description and timeline as plain text, a release's notes) is needed only when the search index
/// analyzes the page; in the preview most pages show what they showed and keep last build's
/// analysis, so their text is never made.
/// </summary>
public sealed class DeferredTextSections(Func<IReadOnlyList<TextSection>> make) : IReadOnlyList<TextSection>
{
    private readonly Lazy<IReadOnlyList<TextSection>> _sections = new(make);

    /// <summary>
    /// The sections made anew and not kept, for a reader that needs them once. The search analysis
    /// reads each generated page's text while the page still waits in its pipeline's list of
    /// documents; kept in the lazy value, every page's text stayed alive until the whole list was
    /// analyzed (87 MB at 10,000 pages, moved by each collection meanwhile).
    /// </summary>
    public IReadOnlyList<TextSection> MakeUnkept() => _sections.IsValueCreated ? _sections.Value : make();

    public int Count => _sections.Value.Count;

    public TextSection this[int index] => _sections.Value[index];

    public IEnumerator<TextSection> GetEnumerator() => _sections.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
