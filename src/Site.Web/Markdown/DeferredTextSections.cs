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

    public int Count => _sections.Value.Count;

    public TextSection this[int index] => _sections.Value[index];

    public IEnumerator<TextSection> GetEnumerator() => _sections.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
