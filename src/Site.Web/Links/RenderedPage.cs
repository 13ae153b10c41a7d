using System.Globalization;
using Site.Engine.Documents;
using Site.Web.Html;
using Site.Web.Output;
using Site.Web.Paths;

namespace Site.Web.Links;

/// <summary>
/// What the link check needs to know about a written HTML page, kept from rendering until the
/// check at the end: the anchors it offers (every id and a[name]) and where its hrefs and srcs
/// lead, as numbers (<see cref="LinkTarget"/>). The text of its links and anchors waits in the
/// spill file, read back only for the message of a link that fails and for "did you mean".
/// </summary>
/// <remarks>
/// On a large site every page's links and ids were kept as interned strings: finding each of
/// them in the shared pool (two tables, a few cache misses per lookup, millions of lookups) was
/// 5 % of a 10,000-page build's CPU time, and the pool grew by every distinct link of the site.
/// </remarks>
public sealed class RenderedPage
{
    private static readonly string[] Attributes = ["id", "name", "href", "src"];

    private readonly Content _text;
    private readonly int _referenceCount;

    private RenderedPage(string destination, string pageUrl, long[] anchorHashes, LinkTarget[] targets, Content text, int referenceCount)
    {
        Destination = destination;
        PageUrl = pageUrl;
        AnchorHashes = anchorHashes;
        Targets = targets;
        _text = text;
        _referenceCount = referenceCount;
    }

    /// <summary>The file the page was written to, relative to the output folder.</summary>
    public string Destination { get; }

    /// <summary>The site URL the page is served at, which its relative links were resolved against.</summary>
    public string PageUrl { get; }

    /// <summary>The numbers (<see cref="LinkTarget.AnchorHash"/>) of the page's anchors, sorted, each once.</summary>
    public long[] AnchorHashes { get; }

    /// <summary>Where the page's internal hrefs and srcs lead, each target once, in the order first met.</summary>
    public LinkTarget[] Targets { get; }

    /// <summary>The hrefs and srcs as written in the HTML (character references decoded), each once, in order.</summary>
    public IReadOnlyList<string> References => ReadText().References;

    /// <summary>The page's anchors as text.</summary>
    public IReadOnlySet<string> Anchors => ReadText().Anchors;

    public bool HasAnchor(long anchorHash) => Array.BinarySearch(AnchorHashes, anchorHash) >= 0;

    /// <summary>
    /// Scans a page served at <paramref name="pageUrl"/> (a site URL) for its anchors and links.
    /// Their text goes to <paramref name="spill"/> when there is one, else it stays in memory.
    /// </summary>
    public static RenderedPage Scan(string destination, string pageUrl, ReadOnlySpan<char> html, UrlBuilder urls, SpillStore? spill = null)
    {
        var scratch = PageScratch.Take();
        try
        {
            var visitor = new Visitor(scratch, pageUrl, urls);
            HtmlAttributeScanner.Scan(html, Attributes, ref visitor);

            // Each anchor was added once (SeenAnchors); sorted for the binary search of HasAnchor.
            scratch.AnchorHashes.Sort();
            long[] anchors = [.. scratch.AnchorHashes];

            // References first, then anchors, each as "length:text"; the page knows how many are references.
            var text = scratch.Text;
            text.Write(scratch.AnchorText.Written);
            Content content = spill is null ? new TextContent(new string(text.Written)) : spill.Write(text.Written);
            return new RenderedPage(destination, pageUrl, anchors, [.. scratch.Targets], content, scratch.ReferenceCount);
        }
        finally
        {
            // Also after a failure: the next page on this thread must not start with this one's links.
            scratch.Release();
        }
    }

    private (IReadOnlyList<string> References, IReadOnlySet<string> Anchors) ReadText()
    {
        var text = _text.ReadText().AsSpan();
        var references = new List<string>(_referenceCount);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var position = 0;
        for (var i = 0; position < text.Length; i++)
        {
            var colon = text[position..].IndexOf(':');
            var length = int.Parse(text.Slice(position, colon), NumberStyles.None, CultureInfo.InvariantCulture);
            var entry = text.Slice(position + colon + 1, length).ToString();
            position += colon + 1 + length;
            if (i < _referenceCount)
            {
                references.Add(entry);
            }
            else
            {
                anchors.Add(entry);
            }
        }

        return (references, anchors);
    }

    private static void Append(CharBufferWriter text, ReadOnlySpan<char> entry)
    {
        Span<char> length = stackalloc char[11];
        entry.Length.TryFormat(length, out var digits, provider: CultureInfo.InvariantCulture);
        text.Write(length[..digits]);
        text.Write(':');
        text.Write(entry);
    }

    private readonly struct Visitor(PageScratch scratch, string pageUrl, UrlBuilder urls) : IAttributeVisitor
    {
        public void Visit(ReadOnlySpan<char> tag, string name, ReadOnlySpan<char> value, int valueOffset)
        {
            if (IsAnchor(tag, name))
            {
                var anchor = HtmlAttributeScanner.Decode(value);
                var hash = LinkTarget.AnchorHash(anchor);
                if (scratch.SeenAnchors.Add(hash))
                {
                    scratch.AnchorHashes.Add(hash);
                    Append(scratch.AnchorText, anchor);
                }
            }
            else if (IsReference(tag, name))
            {
                var href = HtmlAttributeScanner.Decode(value);
                if (!scratch.SeenReferences.Add(Text.StableHash.Of(href)))
                {
                    return;
                }

                scratch.ReferenceCount++;
                Append(scratch.Text, href);
                if (LinkTarget.OfHref(href, pageUrl, urls) is { } target && scratch.SeenTargets.Add(target))
                {
                    scratch.Targets.Add(target);
                }
            }
        }

        private static bool IsAnchor(ReadOnlySpan<char> tag, string name)
            => name == "id" || (name == "name" && tag.Equals("a", StringComparison.OrdinalIgnoreCase));

        private static bool IsReference(ReadOnlySpan<char> tag, string name) => name switch
        {
            "href" => tag.Equals("a", StringComparison.OrdinalIgnoreCase) || tag.Equals("link", StringComparison.OrdinalIgnoreCase)
                || tag.Equals("area", StringComparison.OrdinalIgnoreCase),
            "src" => tag.Equals("img", StringComparison.OrdinalIgnoreCase) || tag.Equals("script", StringComparison.OrdinalIgnoreCase)
                || tag.Equals("iframe", StringComparison.OrdinalIgnoreCase) || tag.Equals("source", StringComparison.OrdinalIgnoreCase)
                || tag.Equals("video", StringComparison.OrdinalIgnoreCase) || tag.Equals("audio", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    // Every page of a build is scanned; a thread reuses its scratch lists and sets instead of growing new ones per page.
    private sealed class PageScratch
    {
        // More than a page usually has: the feature index of a large site has tens of thousands.
        private const int Many = 4096;

        [ThreadStatic]
        private static PageScratch? _current;

        public HashSet<long> SeenAnchors { get; } = [];

        public List<long> AnchorHashes { get; } = [];

        public HashSet<long> SeenReferences { get; } = [];

        public HashSet<LinkTarget> SeenTargets { get; } = [];

        public List<LinkTarget> Targets { get; } = [];

        // Plain growing buffers: a StringBuilder grown in chunks allocated its whole capacity again
        // on every Clear (240 MB at 1,000 pages).
        public CharBufferWriter Text { get; } = new();

        public CharBufferWriter AnchorText { get; } = new();

        public int ReferenceCount { get; set; }

        public static PageScratch Take() => _current ??= new PageScratch();

        // Clearing a set costs its whole capacity, and a thread's set keeps the capacity of the
        // largest page it scanned: after such a page every later page paid for it. Grown that large, the scratch is dropped.
        public void Release()
        {
            if (SeenReferences.Count > Many || SeenAnchors.Count > Many || Text.Written.Length > 64 * Many)
            {
                _current = null;
                return;
            }

            SeenAnchors.Clear();
            AnchorHashes.Clear();
            SeenReferences.Clear();
            SeenTargets.Clear();
            Targets.Clear();
            Text.Reset();
            AnchorText.Reset();
            ReferenceCount = 0;
        }
    }
}
