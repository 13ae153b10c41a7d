namespace Site.Web.FrontMatter;

/// <summary>
/// A document's front matter after validation: the fields the site understands, typed, plus every
/// raw scalar field by name (for domain modules that read their own keys, like "release").
/// </summary>
public sealed record FrontMatterData
{
    public static readonly FrontMatterData None = new();

    /// <summary>1-based line of the closing '---' (0 when there is no front matter); the body starts after it.</summary>
    public int EndLine { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    public DateTimeOffset? Date { get; init; }

    public string? Slug { get; init; }

    public string? Url { get; init; }

    public bool Draft { get; init; }

    public string? Language { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Every top-level scalar value as written, by key.</summary>
    public IReadOnlyDictionary<string, FrontMatterScalar> Scalars { get; init; } = new Dictionary<string, FrontMatterScalar>();

    public bool HasFrontMatter => EndLine > 0;

    public string? Scalar(string key) => Scalars.TryGetValue(key, out var value) ? value.Value : null;
}

/// <summary>A scalar value and where it stands in the file (1-based).</summary>
public sealed record FrontMatterScalar(string Value, int Line, int Column);
