namespace Site.Web.Links;

/// <summary>
/// A link or asset reference a page makes, and the source position that wrote it. Internal targets
/// are site URLs without the base path ("/releases/v1.7/#known-issues"), so a check does not
/// depend on where the site is served. <see cref="Written"/> keeps what the author typed,
/// <see cref="Href"/> what the page's HTML says.
/// </summary>
public sealed record LinkReference(
    string Target,
    LinkKind Kind,
    string SourcePath,
    int Line,
    int Column,
    string Written,
    string Href);

public enum LinkKind
{
    /// <summary>A page or file of this site, possibly with a #fragment.</summary>
    Internal,

    /// <summary>An http(s) URL elsewhere.</summary>
    External,

    /// <summary>mailto:, tel: and other schemes nobody checks.</summary>
    Other,
}
