using System.Runtime.CompilerServices;

namespace Site.Web.Links.Internal;

/// <summary>The files a build wrote and the anchors of each HTML page, for resolving links.</summary>
public sealed class SiteIndex
{
    private readonly Dictionary<string, IReadOnlySet<string>> _anchorsByFile = new(StringComparer.Ordinal);
    private readonly HashSet<string> _files = new(StringComparer.Ordinal);

    public void AddFile(string destination) => _files.Add(destination.TrimStart('/'));

    public void AddPage(RenderedPage page)
    {
        AddFile(page.Destination);
        _anchorsByFile[page.Destination.TrimStart('/')] = page.Anchors;
    }

    /// <summary>The written file a site path ("/releases/v1.7/") is served from, or null.</summary>
    public string? FileFor(string sitePath)
    {
        var path = sitePath.TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/'))
        {
            var index = path + "index.html";
            return _files.Contains(index) ? index : null;
        }

        if (_files.Contains(path))
        {
            return path;
        }

        // GitHub Pages and most servers answer /docs/x with /docs/x/index.html (after a redirect).
        var folderIndex = path + "/index.html";
        return _files.Contains(folderIndex) ? folderIndex : null;
    }

    public IReadOnlySet<string>? AnchorsOf(string file) => _anchorsByFile.GetValueOrDefault(file);

    /// <summary>Every file and every page's anchors as one number: links resolve the same in two equal indexes.</summary>
    public long Fingerprint()
    {
        var hash = new Text.Fingerprint();
        foreach (var file in _files.Order(StringComparer.Ordinal))
        {
            hash.Add(file);
        }

        foreach (var (file, anchors) in _anchorsByFile.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            hash.Add(file).Add(AnchorPrints.GetValue(anchors, AnchorPrint).Value);
        }

        return hash.Value;
    }

    // A page kept from the last build keeps its anchor set, and that set's number.
    private static readonly ConditionalWeakTable<IReadOnlySet<string>, StrongBox<long>> AnchorPrints = new();

    private static StrongBox<long> AnchorPrint(IReadOnlySet<string> anchors)
    {
        var hash = new Text.Fingerprint();
        foreach (var anchor in anchors.Order(StringComparer.Ordinal))
        {
            hash.Add(anchor);
        }

        return new(hash.Value);
    }
}
