using System.Text;
using System.Xml;

namespace Site.Web.Feeds;

/// <summary>sitemap.xml (sitemaps.org protocol): every page's absolute URL and last change.</summary>
public static class SitemapWriter
{
    public sealed record Entry(string AbsoluteUrl, DateTimeOffset? LastModified);

    public static byte[] Write(IEnumerable<Entry> entries)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings()))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var entry in entries.OrderBy(e => e.AbsoluteUrl, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", entry.AbsoluteUrl);
                if (entry.LastModified is { } modified)
                {
                    xml.WriteElementString("lastmod", modified.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    internal static XmlWriterSettings Settings() => new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
    };
}
