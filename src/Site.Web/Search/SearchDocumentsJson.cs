using System.Text;

namespace Site.Web.Search;

/// <summary>
/// documents.json: for each indexed page (the lunr ref is its URL) its title, url, site area,
/// release, language, a short summary, and its sections as [anchor, heading, snippet] so the
/// browser can link to the best-matching section and show where the words occur.
/// </summary>
public static class SearchDocumentsJson
{
    public static byte[] Write(IReadOnlyList<SearchEntry> entries)
    {
        var json = new StringBuilder("{");
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            json.Append(i == 0 ? string.Empty : ",").Append(JsonText.Quote(entry.Url)).Append(":{")
                .Append("\"title\":").Append(JsonText.Quote(entry.Title))
                .Append(",\"url\":").Append(JsonText.Quote(entry.Url))
                .Append(",\"section\":").Append(JsonText.Quote(entry.Area))
                .Append(",\"release\":").Append(JsonText.Quote(entry.Release))
                .Append(",\"language\":").Append(JsonText.Quote(entry.Language))
                .Append(",\"summary\":").Append(JsonText.Quote(entry.Summary))
                .Append(",\"sections\":[");
            for (var s = 0; s < entry.Sections.Count; s++)
            {
                var section = entry.Sections[s];
                json.Append(s == 0 ? string.Empty : ",").Append('[').Append(JsonText.Quote(section.Anchor)).Append(',')
                    .Append(JsonText.Quote(section.Heading)).Append(',').Append(JsonText.Quote(section.Snippet)).Append(']');
            }

            json.Append("]}");
        }

        return Encoding.UTF8.GetBytes(json.Append('}').ToString());
    }
}
