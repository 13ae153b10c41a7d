using System.Text.Json;
using System.Text.Json.Serialization;

namespace Site.Web.Links.External;

/// <summary>
/// Definitive answers from earlier runs, kept in a JSON file so a second run asks nothing it
/// already knows. Only <see cref="LinkVerdict.IsDefinitive"/> verdicts are stored; an entry
/// older than the TTL is ignored and dropped on save. A missing, unreadable or foreign file is
/// an empty cache: losing the cache costs time, never correctness.
/// </summary>
/// <remarks>
/// Format (version 1), entries sorted by URL so the file diffs well:
/// <code>
/// { "version": 1,
///   "entries": {
///     "https://example.com/a": { "checkedAt": "2025-01-31T12:00:00+00:00", "status": "broken",
///                                "statusCode": 404, "detail": "404 Not Found", "redirects": [] } } }
/// </code>
/// </remarks>
internal sealed partial class ExternalLinkCache
{
    private const int FormatVersion = 1;

    private readonly Dictionary<string, Entry> _entries;
    private readonly Lock _lock = new();

    private ExternalLinkCache(Dictionary<string, Entry> entries) => _entries = entries;

    public static ExternalLinkCache Empty() => new(new Dictionary<string, Entry>(StringComparer.Ordinal));

    public static ExternalLinkCache Load(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return Empty();
            }

            using var stream = File.OpenRead(path);
            var file = JsonSerializer.Deserialize(stream, CacheJson.Default.CacheFile);
            if (file is not { Version: FormatVersion, Entries: { } entries })
            {
                return Empty();
            }

            return new ExternalLinkCache(new Dictionary<string, Entry>(entries, StringComparer.Ordinal));
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Empty();
        }
    }

    public bool TryGet(string url, DateTimeOffset now, TimeSpan ttl, out LinkVerdict verdict)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(url, out var entry) && IsFresh(entry, now, ttl))
            {
                verdict = new LinkVerdict(entry.Status, entry.Detail, entry.StatusCode, entry.Redirects ?? []);
                return true;
            }
        }

        verdict = null!;
        return false;
    }

    /// <summary>Remembers <paramref name="verdict"/> if it is definitive; forgets a stale answer otherwise.</summary>
    public void Record(string url, LinkVerdict verdict, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (verdict.IsDefinitive)
            {
                _entries[url] = new Entry(now, verdict.Status, verdict.StatusCode, verdict.Detail, verdict.Hops);
            }
            else
            {
                _entries.Remove(url);
            }
        }
    }

    /// <summary>Writes fresh entries atomically (temporary file, then rename), creating the folder.</summary>
    public void Save(string path, DateTimeOffset now, TimeSpan ttl)
    {
        SortedDictionary<string, Entry> fresh;
        lock (_lock)
        {
            fresh = new SortedDictionary<string, Entry>(
                _entries.Where(pair => IsFresh(pair.Value, now, ttl)).ToDictionary(),
                StringComparer.Ordinal);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        {
            JsonSerializer.Serialize(stream, new CacheFile(FormatVersion, fresh), CacheJson.Default.CacheFile);
        }

        File.Move(temporary, path, overwrite: true);
    }

    // A timestamp in the future (clock moved back) is not trusted either.
    private static bool IsFresh(Entry entry, DateTimeOffset now, TimeSpan ttl)
        => entry.CheckedAt <= now && now - entry.CheckedAt < ttl;

    private sealed record CacheFile(int Version, IDictionary<string, Entry>? Entries);

    private sealed record Entry(
        DateTimeOffset CheckedAt,
        ExternalLinkStatus Status,
        int? StatusCode,
        string Detail,
        IReadOnlyList<RedirectHop>? Redirects);

    // Source-generated (de)serialization: no reflection, so the native AOT build reads and writes
    // the very same file as the JIT build.
    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = [typeof(CamelCaseStatusConverter)])]
    [JsonSerializable(typeof(CacheFile))]
    private sealed partial class CacheJson : JsonSerializerContext;

    private sealed class CamelCaseStatusConverter() : JsonStringEnumConverter<ExternalLinkStatus>(JsonNamingPolicy.CamelCase);
}
