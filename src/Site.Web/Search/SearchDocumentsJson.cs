using System.Text;

namespace Site.Web.Search;

/// <summary>
/// documents.json: for each indexed page (the lunr ref is its URL) its title, url, site area,
/// release, language, a short summary, and its sections as [anchor, heading, snippet] so the
/// browser can link to the best-matching section and show where the words occur.
/// </summary>
public static class SearchDocumentsJson
{
    public static byte[] Write(IReadOnlyList<SearchPage> pages, SearchIndexOptions options)
    {
        var json = new StringBuilder("{");
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            json.Append(i == 0 ? string.Empty : ",").Append(JsonText.Quote(page.Url)).Append(":{")
                .Append("\"title\":").Append(JsonText.Quote(page.Title))
                .Append(",\"url\":").Append(JsonText.Quote(page.Url))
                .Append(",\"section\":").Append(JsonText.Quote(page.Area))
                .Append(",\"release\":").Append(JsonText.Quote(page.Release))
                .Append(",\"language\":").Append(JsonText.Quote(page.Language))
                .Append(",\"summary\":").Append(JsonText.Quote(Snippet(page.Summary, options.SnippetLength)))
                .Append(",\"sections\":[");
            var first = true;
            foreach (var section in page.Sections.Where(s => s.Anchor is not null || s.Text.Length > 0))
            {
                json.Append(first ? string.Empty : ",").Append('[').Append(JsonText.Quote(section.Anchor)).Append(',')
                    .Append(JsonText.Quote(section.Heading)).Append(',').Append(JsonText.Quote(Snippet(section.Text, options.SnippetLength))).Append(']');
                first = false;
            }

            json.Append("]}");
        }

        return Encoding.UTF8.GetBytes(json.Append('}').ToString());
    }

    private static string Snippet(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length);
        var end = cut > length / 2 ? cut : length;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end] + "…";
    }

}
