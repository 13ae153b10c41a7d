using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;

namespace Site.Web.Files;

/// <summary>
/// Says so when no content root holds a markdown file: the build still makes the home page, the
/// indexes and search, so a <c>--root</c> pointing at the wrong folder (or content not checked
/// out) would otherwise look like a successful build of a site. A warning, not an error: a new
/// site starts empty. Not said when a root is a broken link or a file: that is already an error.
/// </summary>
public sealed class WarnWhenNoSources(string siteRoot, IReadOnlyList<string> contentRoots) : IModule
{
    public string Name => "WarnWhenNoSources";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        if (inputs.Count == 0 && contentRoots.Count > 0 && contentRoots.All(root => ReadFiles.Unusable(siteRoot, root) is null))
        {
            var folders = string.Join(", ", contentRoots.Select(root => root + "/"));
            context.Diagnostics.Report(Diagnostic.Warning(
                $"no markdown files (.md, .markdown) in {folders}: the site has only its generated pages",
                new SourceLocation(contentRoots[0], 1, 1),
                "content.empty",
                "--root is the site's folder; its content folders are contentRoots in input/site.yml"));
        }

        return Task.FromResult(inputs);
    }
}
