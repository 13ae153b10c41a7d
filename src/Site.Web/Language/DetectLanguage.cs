using Site.Engine.Documents;
using Site.Engine.Modules;

namespace Site.Web.Language;

/// <summary>Sets <see cref="WebKeys.Language"/>: the front matter's lang, else what the text is written in.</summary>
public sealed class DetectLanguage(string siteLanguage) : PerDocumentModule
{
    protected override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var declared = input.GetOrDefault(WebKeys.FrontMatter)?.Language;
        var language = declared is { Length: > 0 } ? declared : LanguageDetector.Detect(input.Content.ReadText(), siteLanguage);
        yield return input.With(WebKeys.Language, language);
    }
}
