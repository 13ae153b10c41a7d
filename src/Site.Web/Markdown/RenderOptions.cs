using Site.Web.Settings;

namespace Site.Web.Markdown;

/// <summary>What the markdown stage needs to know about the site.</summary>
public sealed record RenderOptions(
    string BasePath,
    ImportedPostSettings ImportedPosts,
    IReadOnlyList<string> GeneratedSections);
