using Markdig;
using Markdig.Extensions.EmphasisExtras;

namespace Site.Web.Markdown;

/// <summary>
/// The markdown dialect of the site: CommonMark plus the GitHub extensions (pipe tables,
/// strikethrough with one or two tildes, autolinks, task lists), which is what contributors see on GitHub and what
/// doctoc parses. Nothing beyond GFM is enabled, so a file renders here as it does on GitHub.
/// </summary>
public static class MarkdownPipelines
{
    /// <summary>Markdig's own nesting limit is generous; hostile input (thousands of nested
    /// quotes or lists) must not exhaust the stack of the renderer either.</summary>
    public const int MaximumNestingDepth = 128;

    /// <summary>GitHub-flavoured markdown with precise source positions (for diagnostics and link mapping).</summary>
    public static MarkdownPipelineBuilder GfmBuilder()
    {
        var builder = new MarkdownPipelineBuilder
        {
            MaximumNestingDepth = MaximumNestingDepth,
        };
        builder
            .UsePreciseSourceLocation()
            .UsePipeTables()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough | EmphasisExtraOptions.Subscript)
            .UseAutoLinks()
            .UseTaskLists()
            .Extensions.Add(new GfmStrikethroughExtension());
        return builder;
    }

    /// <summary>A ready pipeline for parsing only (no site-specific renderers attached).</summary>
    public static readonly MarkdownPipeline Gfm = GfmBuilder().Build();
}
