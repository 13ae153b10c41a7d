using System.Globalization;
using System.Xml;

namespace Site.Web.Feeds;

/// <summary>An Atom 1.0 feed (RFC 4287). Text goes through the XML writer, so a title can never become markup.</summary>
public static class AtomFeedWriter
{
    public sealed record Feed(string Title, string Id, string SelfUrl, string SiteUrl, DateTimeOffset Updated);

    public sealed record Entry(string Title, string Url, DateTimeOffset Updated, string SummaryHtml);

    private const string Atom = "http://www.w3.org/2005/Atom";

    public static byte[] Write(Feed feed, IEnumerable<Entry> entries)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, SitemapWriter.Settings()))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("title", Atom, feed.Title);
            xml.WriteElementString("id", Atom, feed.Id);
            xml.WriteElementString("updated", Atom, Timestamp(feed.Updated));
            Link(xml, feed.SelfUrl, "self");
            Link(xml, feed.SiteUrl, "alternate");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, feed.Title);
            xml.WriteEndElement();
            foreach (var entry in entries)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("title", Atom, entry.Title);
                xml.WriteElementString("id", Atom, entry.Url);
                xml.WriteElementString("updated", Atom, Timestamp(entry.Updated));
                Link(xml, entry.Url, "alternate");
                xml.WriteStartElement("summary", Atom);
                xml.WriteAttributeString("type", "html");
                xml.WriteString(entry.SummaryHtml);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private static void Link(XmlWriter xml, string href, string rel)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
