using System.Collections;
using Site.Engine.Documents;

namespace Site.Web.Links;

/// <summary>
/// A page's markdown links, kept in the build's spill file from rendering until the link check at
/// the end: on a large site they are the largest thing every page holds meanwhile (96 links a page,
/// 960,000 records at 10,000 pages). Each reading decodes them again and keeps nothing, so the
/// check of one page does not leave its links in memory for the rest of the build.
/// </summary>
public sealed class SpilledLinks : IReadOnlyList<LinkReference>
{
    private readonly Content _bytes;

    private SpilledLinks(Content bytes, int count, LinkTarget[] internalTargets)
    {
        _bytes = bytes;
        Count = count;
        InternalTargets = internalTargets;
    }

    public int Count { get; }

    /// <summary>
    /// Where the internal links lead, each target once: kept in memory (16 bytes each), so the link
    /// check reads the links back only for a page that has a broken one.
    /// </summary>
    public LinkTarget[] InternalTargets { get; }

    /// <summary>The distinct targets of the internal links among <paramref name="links"/>.</summary>
    public static LinkTarget[] TargetsOf(IReadOnlyList<LinkReference> links)
    {
        if (links is SpilledLinks spilled)
        {
            return spilled.InternalTargets;
        }

        var targets = new HashSet<LinkTarget>();
        var ordered = new List<LinkTarget>();
        foreach (var link in links)
        {
            if (link.Kind == LinkKind.Internal && LinkTarget.OfSiteUrl(link.Target) is var target && targets.Add(target))
            {
                ordered.Add(target);
            }
        }

        return [.. ordered];
    }

    public LinkReference this[int index] => Read()[index];

    /// <summary>Writes the links to the spill file; an empty list stays the shared empty list.</summary>
    public static IReadOnlyList<LinkReference> Write(SpillStore spill, IReadOnlyList<LinkReference> links)
    {
        if (links.Count == 0)
        {
            return [];
        }

        var buffer = _buffer ??= new MemoryStream();
        buffer.SetLength(0);
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            string? lastPath = null;
            foreach (var link in links)
            {
                // The source path is the page's own on every link but a few: written once, then only when it changes.
                var samePath = link.SourcePath == lastPath;
                var targetIsHref = link.Target == link.Href;
                var hrefIsWritten = link.Href == link.Written;
                writer.Write((byte)((int)link.Kind | (samePath ? 4 : 0) | (targetIsHref ? 8 : 0) | (hrefIsWritten ? 16 : 0)));
                if (!samePath)
                {
                    writer.Write(link.SourcePath);
                    lastPath = link.SourcePath;
                }

                writer.Write7BitEncodedInt(link.Line);
                writer.Write7BitEncodedInt(link.Column);
                writer.Write(link.Written);
                if (!hrefIsWritten)
                {
                    writer.Write(link.Href);
                }

                if (!targetIsHref)
                {
                    writer.Write(link.Target);
                }
            }
        }

        var content = spill.Write(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        if (buffer.Capacity > 1 << 20)
        {
            _buffer = null; // a page with a huge number of links does not keep its buffer
        }

        return new SpilledLinks(content, links.Count, TargetsOf(links));
    }

    [ThreadStatic]
    private static MemoryStream? _buffer;

    private LinkReference[] Read()
    {
        var links = new LinkReference[Count];
        using var reader = new BinaryReader(new MemoryStream(_bytes.ReadBytes()), System.Text.Encoding.UTF8);
        var path = string.Empty;
        for (var i = 0; i < links.Length; i++)
        {
            var flags = reader.ReadByte();
            if ((flags & 4) == 0)
            {
                path = reader.ReadString();
            }

            var line = reader.Read7BitEncodedInt();
            var column = reader.Read7BitEncodedInt();
            var written = reader.ReadString();
            var href = (flags & 16) != 0 ? written : reader.ReadString();
            var target = (flags & 8) != 0 ? href : reader.ReadString();
            links[i] = new LinkReference(target, (LinkKind)(flags & 3), path, line, column, written, href);
        }

        return links;
    }

    public IEnumerator<LinkReference> GetEnumerator() => ((IEnumerable<LinkReference>)Read()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
