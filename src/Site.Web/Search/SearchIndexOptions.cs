namespace Site.Web.Search;

/// <summary>How big one index file may grow, and how much of a page is indexed.</summary>
public sealed record SearchIndexOptions
{
    /// <summary>
    /// Pages per shard. A shard is one lunr index a browser loads on first use; beyond this many
    /// pages the index is split, so no file grows past a few megabytes however large the site.
    /// </summary>
    public int PagesPerShard { get; init; } = 1500;

    /// <summary>Words of body text indexed per page: enough for every ordinary page, bounded for huge ones.</summary>
    public int MaxBodyWords { get; init; } = 4000;

    /// <summary>Characters of text kept per section for result snippets.</summary>
    public int SnippetLength { get; init; } = 160;

    /// <summary>Sections per page a result can link to; more would only grow documents.json.</summary>
    public int MaxSectionsPerPage { get; init; } = 24;
}
