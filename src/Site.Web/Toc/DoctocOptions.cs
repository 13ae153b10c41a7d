namespace Site.Web.Toc;

/// <summary>The doctoc options we support, with doctoc's meaning.</summary>
public sealed record DoctocOptions
{
    public static readonly DoctocOptions Default = new();

    /// <summary><c>--maxlevel</c>: list headings up to this level (HTML headings default to 4).</summary>
    public int? MaxLevel { get; init; }

    /// <summary><c>--title</c>: the line above the list (markdown); empty means the default.</summary>
    public string? Title { get; init; }

    /// <summary><c>--notitle</c>: no title line.</summary>
    public bool NoTitle { get; init; }

    /// <summary><c>--update-only</c>: leave files without a block alone.</summary>
    public bool UpdateOnly { get; init; }
}
