using System.Collections.Concurrent;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Web.Links;
using Site.Web.Search;

namespace Site.Web.Caching;

/// <summary>
/// What one build leaves for the next in a long-running process (the preview): whatever a stage
/// made from inputs that did not change (parsed documents, linked pages, search entries, link
/// check results), each under a name and the fingerprint of its inputs, and per page what it
/// showed, so an edit re-parses, re-links, re-analyzes and re-renders only what it affects. The
/// services cached things refer to (spill file, search session, string pool) live as long as the
/// cache. Only a committed build replaces the cache; a failed one leaves the last good build's.
/// </summary>
public sealed class BuildCache : IDisposable
{
    private ConcurrentDictionary<string, (long Key, object Value)> _entries = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, (long Key, object Value)> _next = new(StringComparer.Ordinal);

    // The recording open where the current code runs (it flows into tasks and parallel loops started there).
    private readonly AsyncLocal<UseRecording?> _recording = new();

    public BuildCache(string outputFolder, SearchIndexOptions searchOptions)
    {
        OutputFolder = Path.GetFullPath(outputFolder);
        Search = new SearchIndexSession(searchOptions) { ReuseShards = true };
    }

    /// <summary>The folder the cached pages were committed to.</summary>
    public string OutputFolder { get; }

    /// <summary>True once a build has been committed with this cache: pages on disk match its fingerprints.</summary>
    public bool HasCommittedBuild { get; private set; }

    public SpillStore Spill { get; } = new();

    public SearchIndexSession Search { get; }

    public StringPool Strings { get; } = new();

    /// <summary>A fingerprint of each file of the output folder as the last commit left it (see <see cref="IncrementalOutput"/>).</summary>
    public ConcurrentDictionary<string, long> CommittedFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// What the last good build made under <paramref name="name"/> (e.g. "content:seeds/a.md") from
    /// inputs with this key; a hit is carried over to the next build, a miss is forgotten then.
    /// </summary>
    public bool TryGet<T>(string name, long key, out T value)
        where T : class
    {
        _recording.Value?.Note(name);
        if (_entries.TryGetValue(name, out var entry) && entry.Key == key && entry.Value is T found)
        {
            _next[name] = entry;
            value = found;
            return true;
        }

        value = null!;
        return false;
    }

    public void Set<T>(string name, long key, T value)
        where T : class
    {
        _recording.Value?.Note(name);
        _next[name] = (key, value);
    }

    /// <summary>
    /// Notes every name read or written from here (and from work started here) until disposed, so a
    /// stage whose whole result is reused (<see cref="CacheOutputs"/>) can keep what its modules
    /// cached, not only its outputs: the next build that does run them finds their entries.
    /// Recordings nest; what an inner one notes is noted by the outer one too.
    /// </summary>
    public UseRecording RecordUses() => new(this);

    /// <summary>Keeps what the last good build left under these names for the next build (entries set anew in this build win).</summary>
    public void Carry(IEnumerable<string> names)
    {
        var recording = _recording.Value;
        foreach (var name in names)
        {
            recording?.Note(name);
            if (_entries.TryGetValue(name, out var entry))
            {
                _next.TryAdd(name, entry);
            }
        }
    }

    /// <summary>
    /// What the last good build made under <paramref name="name"/> from inputs with this key, else
    /// made now. What <paramref name="make"/> reports goes to <paramref name="diagnostics"/>, and a
    /// result that reported anything is not kept, so it is made (and reported) again next time.
    /// </summary>
    public T GetOrMake<T>(string name, long key, IDiagnostics diagnostics, Func<IDiagnostics, T> make)
        where T : class
    {
        if (TryGet<T>(name, key, out var known))
        {
            return known;
        }

        var reported = new DiagnosticBag();
        var made = make(reported);
        var found = reported.Sorted();
        foreach (var diagnostic in found)
        {
            diagnostics.Report(diagnostic);
        }

        if (found.Count == 0)
        {
            Set(name, key, made);
        }

        return made;
    }

    /// <summary>Drops what the last good build left under names starting with <paramref name="prefix"/>, whatever its key.</summary>
    public void Forget(string prefix)
    {
        foreach (var name in _entries.Keys.Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            _entries.TryRemove(name, out _);
        }
    }

    /// <summary>
    /// The rendered page last committed at <paramref name="destination"/>, if it showed exactly what
    /// <paramref name="fingerprint"/> says: only then is the file on disk that page.
    /// </summary>
    public bool TryGetPage(string destination, long fingerprint, out RenderedPage page)
    {
        page = null!;
        return HasCommittedBuild && TryGet("page:" + destination, fingerprint, out page);
    }

    public void SetPage(string destination, long fingerprint, RenderedPage page) => Set("page:" + destination, fingerprint, page);

    /// <summary>The build succeeded and was committed: what it used becomes the cache, the rest is dropped.</summary>
    public void Committed()
    {
        _entries = _next;
        _next = new(StringComparer.Ordinal);
        HasCommittedBuild = true;
    }

    /// <summary>The build failed: the cache stays as the last good build left it.</summary>
    public void Abandoned() => _next = new(StringComparer.Ordinal);

    public void Dispose() => Spill.Dispose();

    /// <summary>The names used while it was open (see <see cref="RecordUses"/>).</summary>
    public sealed class UseRecording : IDisposable
    {
        private readonly BuildCache _cache;
        private readonly UseRecording? _outer;
        private readonly ConcurrentDictionary<string, byte> _names = new(StringComparer.Ordinal);

        internal UseRecording(BuildCache cache)
        {
            _cache = cache;
            _outer = cache._recording.Value;
            cache._recording.Value = this;
        }

        /// <summary>The names used so far, in ordinal order.</summary>
        public IReadOnlyList<string> Names => [.. _names.Keys.Order(StringComparer.Ordinal)];

        internal void Note(string name)
        {
            _names.TryAdd(name, 0);
            _outer?.Note(name);
        }

        public void Dispose() => _cache._recording.Value = _outer;
    }
}
