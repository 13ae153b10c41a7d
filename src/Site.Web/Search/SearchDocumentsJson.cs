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
            JsonText.AppendQuoted(json.Append(i == 0 ? string.Empty : ","), entry.Url).Append(":{");
            JsonText.AppendQuoted(json.Append("\"title\":"), entry.Title);
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

        return Utf8Of(json.Append('}'));
    }

    // Encoded chunk by chunk, so the text is never copied into one string first, by an encoder, which
    // carries a surrogate pair split between two chunks over. Counting chunk by chunk counts such a
    // pair as two replacement characters (6 bytes, not 4): then the array is trimmed.
    private static byte[] Utf8Of(StringBuilder text)
    {
        var length = 0;
        foreach (var chunk in text.GetChunks())
        {
            length += Encoding.UTF8.GetByteCount(chunk.Span);
        }

        var encoder = Encoding.UTF8.GetEncoder();
        var bytes = new byte[length];
        var at = 0;
        foreach (var chunk in text.GetChunks())
        {
            at += encoder.GetBytes(chunk.Span, bytes.AsSpan(at), flush: false);
        }

        at += encoder.GetBytes([], bytes.AsSpan(at), flush: true);
        if (at != bytes.Length)
        {
            Array.Resize(ref bytes, at);
        }

        return bytes;
    }
}
