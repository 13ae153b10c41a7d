namespace Site.Web.Settings;

/// <summary>The generic settings of a site, from <c>input/site.yml</c>.</summary>
public sealed class SiteSettings
{
    public const string FileName = "site.yml";

    public string Title { get; set; } = "Documentation";

    public string Description { get; set; } = string.Empty;

    /// <summary>The language of pages that do not say otherwise.</summary>
    public string Language { get; set; } = "en";

    /// <summary>The repository on GitHub, for "edit this page" links: https://github.com/owner/name.</summary>
    public string? Repository { get; set; }

    public string Branch { get; set; } = "main";

    /// <summary>Where the site is served, e.g. https://owner.github.io/name/ (sitemap, feed, canonical links).</summary>
    public string? SiteUrl { get; set; }

    /// <summary>The path the site is served under unless --base-path says otherwise.</summary>
    public string BasePath { get; set; } = "/";

    /// <summary>Folders (relative to the site root) whose markdown files become pages, and the URL each is served under.</summary>
    public List<ContentRootSettings> ContentRoots { get; set; } =
    [
        new() { Folder = "input", Url = "/" },
        new() { Folder = "seeds", Url = "/docs/" },
    ];

    public ImportedPostSettings ImportedPosts { get; set; } = new();

    public ExternalLinkSettings ExternalLinks { get; set; } = new();
}

/// <summary>
/// Posts copied from another site (they carry their original <c>url</c> in front matter) keep
/// root-relative links such as /docs/concepts/... that only work on that site. Such links, when
/// no page of ours answers them, are pointed at <see cref="Origin"/>.
/// </summary>
public sealed class ImportedPostSettings
{
    /// <summary>The site the posts come from, e.g. https://kubernetes.io. Empty disables the rule.</summary>
    public string Origin { get; set; } = string.Empty;

    /// <summary>A document is an imported post when its front matter has any of these keys.</summary>
    public List<string> FrontMatterKeys { get; set; } = ["url"];
}

/// <summary>Settings of <c>site check --external</c>.</summary>
public sealed class ExternalLinkSettings
{
    /// <summary>Regular expressions; a URL matching any of them is not checked.</summary>
    public List<string> Exclude { get; set; } = [];

    public double CacheTtlHours { get; set; } = 24;

    public double TimeoutSeconds { get; set; } = 10;
}

/// <summary>A folder of markdown pages: input/about.md with url "/" becomes /about/.</summary>
public sealed class ContentRootSettings
{
    public string Folder { get; set; } = string.Empty;

    public string Url { get; set; } = "/";
}
