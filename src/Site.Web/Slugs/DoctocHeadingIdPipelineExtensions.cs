using Markdig;

namespace Site.Web.Slugs;

public static class DoctocHeadingIdPipelineExtensions
{
    /// <summary>Gives headings doctoc's anchors as ids; see <see cref="DoctocHeadingIdExtension"/>.</summary>
    public static MarkdownPipelineBuilder UseDoctocHeadingIds(this MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.Extensions.AddIfNotAlready<DoctocHeadingIdExtension>();
        return pipeline;
    }
}
