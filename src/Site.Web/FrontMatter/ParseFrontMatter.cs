using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Web.Caching;
using Site.Web.Text;

namespace Site.Web.FrontMatter;

/// <summary>
/// Reads each document's front matter into <see cref="WebKeys.FrontMatter"/>; drafts are left out.
/// With a build cache, a text parsed without any diagnostic last time is not parsed again.
/// </summary>
public sealed class ParseFrontMatter : PerDocumentModule
{
    protected override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var data = Parse(input, context);
        if (data.Draft)
        {
            yield break;
        }

        yield return input.With(WebKeys.FrontMatter, data);
    }

    private static FrontMatterData Parse(Document input, IExecutionContext context)
    {
        var text = input.Content.ReadText();
        var cache = context.FindService<BuildCache>();
        if (cache is null || input.Source is null)
        {
            return FrontMatterParser.Parse(text, input.Source ?? string.Empty, context.Diagnostics);
        }

        var key = new Fingerprint().Add(text).Value;
        return cache.GetOrMake("front-matter:" + input.Source, key, context.Diagnostics, reported => FrontMatterParser.Parse(text, input.Source, reported));
    }
}
