using Site.Web.Markdown;

namespace Site.Web.Search;

/// <summary>
/// A page as the search index sees it: where it is, what it is called, its sections (for deep
/// links and snippets) and what to show next to a result.
/// </summary>
public sealed record SearchPage(
    string Url,
    string Title,
    string Language,
    string Area,
    string? Release,
    string Summary,
    IReadOnlyList<TextSection> Sections)
{
    /// <summary>Everything the index takes from the page as one number: equal numbers, equal index entries.</summary>
    public long TextFingerprint()
    {
        var print = new Text.Fingerprint().Add(Url).Add(Title).Add(Language).Add(Area).Add(Release).Add(Summary).Add(Sections.Count);
        foreach (var section in Sections)
        {
            print.Add(section.Anchor).Add(section.Heading).Add(section.Text);
        }

        return print.Value;
    }
}
