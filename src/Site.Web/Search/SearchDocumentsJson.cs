using System.Text;
using Site.Engine.Documents;

namespace Site.Web.Search;

/// <summary>
/// documents.json: an array with, for each indexed page in the shard's order (its lunr ref is its
/// position, <see cref="SearchIndexSession.ShardRef"/>), its title, url, site area, release,
/// language, a short summary, and its sections as [anchor, heading, snippet] so the browser can
/// link to the best-matching section and show where the words occur.
/// </summary>
public static class SearchDocumentsJson
{
    public static ByteChunks Write(IReadOnlyList<SearchEntry> entries)
    {
        var json = new StringBuilder("[");
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            JsonText.AppendQuoted(json.Append(i == 0 ? "{\"title\":" : ",{\"title\":"), entry.Title);
            JsonText.AppendQuoted(json.Append(",\"url\":"), entry.Url);
            JsonText.AppendQuoted(json.Append(",\"section\":"), entry.Area);
            JsonText.AppendQuoted(json.Append(",\"release\":"), entry.Release);
            JsonText.AppendQuoted(json.Append(",\"language\":"), entry.Language);
            JsonText.AppendQuoted(json.Append(",\"summary\":"), entry.Summary);
            json.Append(",\"sections\":[");
            for (var s = 0; s < entry.Sections.Count; s++)
            {
                var section = entry.Sections[s];
                JsonText.AppendQuoted(json.Append(s == 0 ? "[" : ",["), section.Anchor).Append(',');
                JsonText.AppendQuoted(json, section.Heading).Append(',');
                JsonText.AppendQuoted(json, section.Snippet).Append(']');
            }

            json.Append("]}");
        }

        return Utf8Of(json.Append(']'));
    }

    // Encoded piece by piece, so the text is never copied into one string first, by a writer whose
    // encoder carries a surrogate pair split between two pieces over; into chunks, so no array of the
    // file's size is made.
    private static ByteChunks Utf8Of(StringBuilder text)
    {
        var bytes = new ByteChunksStream();
        using (var writer = new StreamWriter(bytes, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024))
        {
            foreach (var chunk in text.GetChunks())
            {
                writer.Write(chunk.Span);
            }
        }

        return bytes.ToChunks();
    }
}
