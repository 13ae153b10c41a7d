using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Web.Files;
using Site.Web.Settings;

namespace Site.Web.Paths;

/// <summary>
/// Gives each source document its page URL and output file: the front matter's <c>url</c> when
/// present, else the content root's URL plus the folder and the <c>slug</c> (or the file name).
/// A url or slug that would leave the output folder is an error at its line in the front matter.
/// </summary>
public sealed class AssignPageUrls(IReadOnlyList<ContentRootSettings> contentRoots) : PerDocumentModule
{
    protected override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var source = input.Get(WebKeys.SourceFile);
        var frontMatter = input.GetOrDefault(WebKeys.FrontMatter) ?? FrontMatter.FrontMatterData.None;
        var url = PageUrl(source, frontMatter, context.Diagnostics);
        if (url is null)
        {
            yield break;
        }

        if (!OutputPath.TryFromUrl(url, out var file, out var problem))
        {
            ReportAt(context.Diagnostics, source, frontMatter, "url", $"page address '{url}' is not allowed: {problem}");
            yield break;
        }

        yield return input.WithDestination(file).With(WebKeys.Url, ToPageUrl(file));
    }

    private string? PageUrl(SourceFile source, FrontMatter.FrontMatterData frontMatter, IDiagnostics diagnostics)
    {
        if (frontMatter.Url is { Length: > 0 } url)
        {
            return url;
        }

        var root = contentRoots.FirstOrDefault(r => r.Folder.Trim('/') == source.ContentRoot);
        var prefix = root?.Url ?? "/" + source.ContentRoot + "/";
        var name = source.Stem;
        if (frontMatter.Slug is { Length: > 0 } slug)
        {
            if (slug.Contains('/', StringComparison.Ordinal) || slug.Contains('\\', StringComparison.Ordinal) || !OutputPath.TryNormalizeUrlPath(slug, out _, out _))
            {
                ReportAt(diagnostics, source, frontMatter, "slug", $"slug '{slug}' must be a single path segment without '/', '\\' or '..'");
                return null;
            }

            name = slug;
        }

        // The "index" file of a folder is the folder's own page.
        var leaf = name.Equals("index", StringComparison.OrdinalIgnoreCase) || name.Equals("_index", StringComparison.Ordinal) ? string.Empty : name;
        return "/" + SitePath.Combine(prefix, source.Folder, leaf) + "/";
    }

    private static void ReportAt(IDiagnostics diagnostics, SourceFile source, FrontMatter.FrontMatterData frontMatter, string key, string message)
    {
        var location = frontMatter.Scalars.TryGetValue(key, out var scalar)
            ? new SourceLocation(source.SitePath, scalar.Line, scalar.Column)
            : new SourceLocation(source.SitePath);
        diagnostics.Report(Diagnostic.Error(message, location, "path.unsafe"));
    }

    /// <summary>"blog/x/index.html" → "/blog/x/"; "404.html" → "/404.html".</summary>
    public static string ToPageUrl(string file)
        => file.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + file[..^"index.html".Length]
            : file == "index.html" ? "/"
            : "/" + file;
}
