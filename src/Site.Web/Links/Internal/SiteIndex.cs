using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Site.Web.Links.Internal;

/// <summary>
/// The files a build wrote and the anchors of each HTML page, for resolving links: by number
/// (<see cref="LinkTarget"/>) for every link, and by text for the message of a link that fails.
/// </summary>
public sealed class SiteIndex
{
    private const string IndexFile = "index.html";

    private readonly HashSet<string> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RenderedPage> _pages = new(StringComparer.Ordinal);

    // Every site path that FileFor answers, by number, with the page served there (null: a file that is not a page).
    private readonly Dictionary<long, RenderedPage?> _byPath = [];
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _anchorText = new(StringComparer.Ordinal);

    public void AddFile(string destination)
    {
        var file = destination.TrimStart('/');
        if (_files.Add(file))
        {
            foreach (var path in SitePathsOf(file))
            {
                _byPath.TryAdd(LinkTarget.PathHash(path), null);
            }
        }
    }

    public void AddPage(RenderedPage page)
    {
        AddFile(page.Destination);
        var file = page.Destination.TrimStart('/');
        _pages[file] = page;
        foreach (var path in SitePathsOf(file))
        {
            _byPath[LinkTarget.PathHash(path)] = page;
        }
    }

    /// <summary>Whether a link to <paramref name="target"/> lands on a written file and, for a fragment, on an anchor of that page.</summary>
    public bool Resolves(LinkTarget target)
    {
        if (target.Path == LinkTarget.OutsidePath || !_byPath.TryGetValue(target.Path, out var page))
        {
            return false;
        }

        return target.Fragment == 0 || page is null || page.HasAnchor(target.Fragment);
    }

    public bool ResolvesAll(LinkTarget[] targets)
    {
        foreach (var target in targets)
        {
            if (!Resolves(target))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The written file a site path ("/releases/v1.7/") is served from, or null.</summary>
    public string? FileFor(string sitePath)
    {
        var path = sitePath.TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/'))
        {
            var index = path + IndexFile;
            return _files.Contains(index) ? index : null;
        }

        if (_files.Contains(path))
        {
            return path;
        }

        // GitHub Pages and most servers answer /docs/x with /docs/x/index.html (after a redirect).
        var folderIndex = path + "/" + IndexFile;
        return _files.Contains(folderIndex) ? folderIndex : null;
    }

    /// <summary>The anchors of a page as text (read back from the spill file once), or null for a file that is not a page.</summary>
    public IReadOnlySet<string>? AnchorsOf(string file)
        => _pages.TryGetValue(file, out var page) ? _anchorText.GetOrAdd(file, static (_, p) => p.Anchors, page) : null;

    /// <summary>Every file and every page's anchors as one number: links resolve the same in two equal indexes.</summary>
    public long Fingerprint()
    {
        var hash = new Text.Fingerprint();
        foreach (var file in _files.Order(StringComparer.Ordinal))
        {
            hash.Add(file);
        }

        foreach (var (file, page) in _pages.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            hash.Add(file).Add(AnchorPrints.GetValue(page.AnchorHashes, AnchorPrint).Value);
        }

        return hash.Value;
    }

    // The site paths FileFor maps to a file: the file itself; for an index.html also its folder,
    // with and without the closing slash.
    private static IEnumerable<string> SitePathsOf(string file)
    {
        yield return file;
        if (file == IndexFile || file.EndsWith("/" + IndexFile, StringComparison.Ordinal))
        {
            var folder = file[..^IndexFile.Length];
            yield return folder;
            if (folder.Length > 0)
            {
                yield return folder[..^1];
            }
        }
    }

    // A page kept from the last build keeps its anchors, and their number.
    private static readonly ConditionalWeakTable<long[], StrongBox<long>> AnchorPrints = new();

    private static StrongBox<long> AnchorPrint(long[] anchors)
    {
        var hash = new Text.Fingerprint();
        foreach (var anchor in anchors)
        {
            hash.Add(anchor);
        }

        return new(hash.Value);
    }
}
