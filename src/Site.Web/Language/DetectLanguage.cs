using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Web.Caching;
using Site.Web.Text;

namespace Site.Web.Language;

/// <summary>Sets <see cref="WebKeys.Language"/>: the front matter's lang, else what the text is written in.</summary>
public sealed class DetectLanguage(string siteLanguage) : PerDocumentModule
{
    protected override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var declared = input.GetOrDefault(WebKeys.FrontMatter)?.Language;
        var language = declared is { Length: > 0 } ? declared : Detect(input, context.FindService<BuildCache>());
        yield return input.With(WebKeys.Language, language);
    }

    // Counting scripts reads the whole text; with a build cache, only texts that changed are read again.
    private string Detect(Document input, BuildCache? cache)
    {
        var text = input.Content.ReadText();
        if (cache is null || input.Source is null)
        {
            return LanguageDetector.Detect(text, siteLanguage);
        }

        var key = new Fingerprint().Add(siteLanguage).Add(text).Value;
        var name = "language:" + input.Source;
        if (!cache.TryGet<string>(name, key, out var language))
        {
            language = LanguageDetector.Detect(text, siteLanguage);
            cache.Set(name, key, language);
        }

        return language;
    }
}
