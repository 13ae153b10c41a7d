using Site.Engine.Documents;
using Site.Engine.Modules;

namespace Site.Web.FrontMatter;

/// <summary>Reads each document's front matter into <see cref="WebKeys.FrontMatter"/>; drafts are left out.</summary>
public sealed class ParseFrontMatter : PerDocumentModule
{
    protected override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var data = FrontMatterParser.Parse(input.Content.ReadText(), input.Source ?? string.Empty, context.Diagnostics);
        if (data.Draft)
        {
            yield break;
        }

        yield return input.With(WebKeys.FrontMatter, data);
    }
}
