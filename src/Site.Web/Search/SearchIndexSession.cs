using System.Text;
using Site.Web.Output;
using Site.Engine.Documents;
using Site.Web.Search.Lunr;
using Site.Web.Text;

namespace Site.Web.Search;

/// <summary>
/// The client-side search index of one build: lunr 2.3.9 indexes (with the Chinese bigram
/// pipeline, so 安全 finds 安全性提升) and, beside each, the documents it refers to. One document
/// per page: title (boosted), section headings and body. Pages are analyzed as soon as they are
/// made (thread-safe), so their text need not be kept; the index is assembled at the end. Large
/// sites are split into shards listed in manifest.json and loaded on demand.
/// </summary>
public sealed class SearchIndexSession(SearchIndexOptions options)
{
    public const string Folder = "search";
    public const string ManifestFile = "manifest.json";

    private readonly LunrIndexBuilder _analysis = new([new("title", 10), new("headings", 4), new("body", 1)], LunrPipeline.CjkBigrams);

    // The shards the last Write made, when kept: a session that outlives a build (the preview's)
    // writes again only the shards whose pages changed.
    private List<ShardFiles> _lastShards = [];

    public SearchIndexOptions Options { get; } = options;

    /// <summary>Keep each index file written, to hand it out again while its pages stay the same (for sessions that outlive a build).</summary>
    public bool ReuseShards { get; init; }

    /// <summary>Counts a page's terms and keeps what a result shows. Safe to call from several threads.</summary>
    public SearchEntry Analyze(SearchPage page)
    {
        var analyzed = _analysis.Compose(page.Url,
            [_analysis.AnalyzeField(page.Title), _analysis.AnalyzeField(Headings(page)), _analysis.AnalyzeField(BodyInBuffer(page, Options.MaxBodyWords))]);
        return new SearchEntry(page.Url, page.Title, page.Language, page.Area, page.Release, Snippet(page.Summary, Options.SnippetLength), Sections(page), analyzed);
    }

    private List<SearchSection> Sections(SearchPage page)
        => page.Sections
            .Where(s => s.Anchor is not null || s.Text.Length > 0)
            .Take(Options.MaxSectionsPerPage)
            .Select(s => new SearchSection(s.Anchor, s.Heading, Snippet(s.Text, Options.SnippetLength)))
            .ToList();

    /// <summary>Counts the terms of a page's headings and body and keeps its snippets. Thread-safe.</summary>
    public SearchDraft Draft(IReadOnlyList<Markdown.TextSection> sections, string? title, string summary)
    {
        var page = new SearchPage(string.Empty, title ?? string.Empty, string.Empty, string.Empty, null, summary, sections);
        return new SearchDraft(
            _analysis.AnalyzeField(Headings(page)),
            _analysis.AnalyzeField(BodyInBuffer(page, Options.MaxBodyWords)),
            Sections(page),
            Snippet(summary, Options.SnippetLength));
    }

    /// <summary>Completes a draft with what is known once the page is made (its title, address, area, release).</summary>
    public SearchEntry Complete(SearchDraft draft, string url, string title, string language, string area, string? release)
    {
        var analyzed = _analysis.Compose(url, [_analysis.AnalyzeField(title), draft.Headings, draft.Body]);
        return new SearchEntry(url, title, language, area, release, draft.Summary, draft.Sections, analyzed);
    }

    /// <summary>Files of the index: (path under the output folder, content).</summary>
    public IEnumerable<(string Path, ByteChunks Content)> Write(IReadOnlyList<SearchEntry> entries)
    {
        var ordered = entries.OrderBy(p => p.Language, StringComparer.Ordinal).ThenBy(p => p.Url, StringComparer.Ordinal).ToList();
        var shards = ordered.Chunk(Math.Max(1, Options.PagesPerShard)).ToList();
        if (shards.Count == 0)
        {
            shards.Add([]);
        }

        var last = _lastShards;
        var made = new List<ShardFiles>(shards.Count);

        // Shards are independent indexes: a few are built at once (each holds its postings while
        // written, so not all), and handed on in order as they are done. A full build writes them
        // while pages render on the other cores; a session that reuses shards rebuilds only the
        // few whose pages changed, and the rebuild waits on nothing else, so it may use every core.
        var cores = ReuseShards ? Environment.ProcessorCount : Environment.ProcessorCount / 2;
        var files = shards.Select((shard, i) => (Shard: shard, Number: i)).AsParallel().AsOrdered()
            .WithDegreeOfParallelism(Math.Clamp(cores, 1, 4))
            .Select(s => s.Number < last.Count && last[s.Number].Entries.AsSpan().SequenceEqual(s.Shard, ReferenceEqualityComparer.Instance)
                ? last[s.Number]
                : MakeShard(s.Shard));
        var manifest = new List<(string Index, string Documents, int Count, string Languages)>();
        var number = 0;
        foreach (var shard in files)
        {
            var suffix = number == 0 ? string.Empty : "-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var indexName = "index" + suffix + ".json";
            var documentsName = "documents" + suffix + ".json";
            number++;
            if (ReuseShards)
            {
                made.Add(shard);
            }

            yield return (Folder + "/" + indexName, shard.Index);
            yield return (Folder + "/" + documentsName, shard.Documents);
            var version = "?v=" + shard.Version;
            manifest.Add((indexName + version, documentsName + version, shard.Entries.Length, string.Join(',', shard.Entries.Select(p => p.Language).Distinct())));
        }

        _lastShards = made;
        yield return (Folder + "/" + ManifestFile, Manifest(manifest));
    }

    private ShardFiles MakeShard(SearchEntry[] entries)
    {
        var index = Task.Run(() => Index(entries));
        var documents = SearchDocumentsJson.Write(entries);
        return new ShardFiles(entries, index.GetAwaiter().GetResult(), documents);
    }

    // Written in chunks below the large object heap's threshold: a shard is megabytes, and an array
    // of its size per shard (with the doublings of a growing buffer) set off full collections.
    private ByteChunks Index(IReadOnlyList<SearchEntry> entries)
    {
        var builder = new LunrIndexBuilder(_analysis);
        for (var i = 0; i < entries.Count; i++)
        {
            builder.Add(entries[i].Analyzed.WithReference(ShardRef(i)));
        }

        var json = new ByteChunksStream();
        builder.WriteJson(json);
        return json.ToChunks();
    }

    /// <summary>
    /// A page's ref in its shard's index: its position, which is also its place in the shard's
    /// documents array, where its URL is. Every posting of the index names its page by ref, so a
    /// URL there (60-80 characters for a feature page) made up 57-76 % of each index file.
    /// </summary>
    public static string ShardRef(int position) => position.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Headings(SearchPage page)
        => string.Join('\n', page.Sections.Select(s => s.Heading).Where(h => h.Length > 0 && h != page.Title));

    [ThreadStatic]
    private static CharBufferWriter? s_body;

    /// <summary>
    /// The page's words, one space after each, up to <paramref name="maxWords"/> (words are cut at
    /// spaces only), in a buffer this thread keeps: valid until its next call. Pages are analyzed
    /// there, without a string of every page's text.
    /// </summary>
    private static ReadOnlySpan<char> BodyInBuffer(SearchPage page, int maxWords)
    {
        var text = s_body ??= new CharBufferWriter();
        text.Reset();
        var words = 0;
        foreach (var section in page.Sections)
        {
            var rest = section.Text.AsSpan();
            while (true)
            {
                rest = rest.TrimStart(' ');
                if (rest.IsEmpty)
                {
                    break;
                }

                if (words++ >= maxWords)
                {
                    return text.Written;
                }

                var end = rest.IndexOf(' ');
                var word = end < 0 ? rest : rest[..end];
                text.Write(word);
                text.Write(' ');
                rest = rest[word.Length..];
            }
        }

        return text.Written;
    }

    private static string Snippet(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length);
        var end = cut > length / 2 ? cut : length;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end] + "…";
    }

    private sealed record ShardFiles(SearchEntry[] Entries, ByteChunks Index, ByteChunks Documents)
    {
        /// <summary>
        /// A hash of both files, which the manifest appends to their names as "?v=": an index
        /// names its pages by position in its documents file, so a browser must never pair one
        /// from its cache with the other from a newer build. A new manifest asks for new
        /// addresses, so neither comes from the cache; both of one build share one version. Any
        /// hash of the bytes will do (the same bytes give the same version, so builds stay
        /// byte-identical); it need not stay the same across versions of the generator.
        /// </summary>
        public string Version { get; } = new Fingerprint().Add(Index).Add(Documents).Value
            .ToString("x16", System.Globalization.CultureInfo.InvariantCulture)[..10];
    }

    private static ByteChunks Manifest(List<(string Index, string Documents, int Count, string Languages)> shards)
    {
        var json = new StringBuilder("{\"version\":1,\"shards\":[");
        for (var i = 0; i < shards.Count; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append("{\"index\":").Append(JsonText.Quote(shards[i].Index))
                .Append(",\"documents\":").Append(JsonText.Quote(shards[i].Documents))
                .Append(",\"pages\":").Append(shards[i].Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(",\"languages\":").Append(JsonText.Quote(shards[i].Languages)).Append('}');
        }

        return ByteChunks.Of(Encoding.UTF8.GetBytes(json.Append("]}").ToString()));
    }
}
