using Site.Engine.Documents;
using Site.Releases.Linking;
using Site.Releases.Model;
using Site.Web;
using Site.Web.Git;
using Site.Web.Pages;

namespace Site.Releases.Pages;

/// <summary>
/// Turns a rendered source document into its page: cross-links its body, records what it
/// mentions, and gives it chrome — breadcrumbs, the "on this page" list of its headings (the same
/// headings and anchors as its doctoc block), its source for edit links, and its translations.
/// </summary>
public sealed class SourcePageFactory(Model.Catalog catalog, CrossLinker linker, ISiteText text, GitHistory git, SpillStore? spill)
{
    // Linked bodies go from one reused builder per thread into the spill file.
    [ThreadStatic]
    private static System.Text.StringBuilder? _builder;

    public Document Create(Document document)
    {
        var source = catalog.DocumentAt(document.Source!) ?? throw new InvalidOperationException($"{document.Source} is not in the catalog.");
        var body = _builder ??= new System.Text.StringBuilder();
        body.Clear();
        PageMentions mentions;
        using (var html = document.Content.RentText())
        {
            linker.Link(html.Span, body, out mentions);
        }

        var language = source.Language;
        var frontMatterEnd = document.GetOrDefault(WebKeys.FrontMatter)?.EndLine ?? 0;
        var chrome = new PageChrome(source.Title, source.Url, language)
        {
            Section = "docs",
            Template = PageFactory.TemplateFolder + "SourcePage.razor",
            Description = document.GetOrDefault(WebKeys.Summary) is { Length: > 0 } summary ? summary : null,
            Breadcrumbs = [new Crumb(text.Get("nav.home", language), "/"), new Crumb(text.Get("nav.docs", language), "/docs/")],
            OnThisPage = (document.GetOrDefault(WebKeys.Headings) ?? []).Where(h => h.Id.Length > 0).ToList(),
            Source = new SourcePointer(source.SourcePath, frontMatterEnd + 1),
            LastUpdated = git.LastChanged(source.SourcePath),
            Alternates = source.Translations.ToDictionary(t => t.Key, t => t.Value.Url, StringComparer.Ordinal),
        };
        var release = source.Release is { } version && catalog.Find(version) is { } found ? new ReleaseLink(found.Version, found.Url) : null;
        Content bodyContent = spill is null ? new TextContent(body.ToString()) : spill.Write(body);
        var inputKey = document.GetOrDefault(WebKeys.InputKey) is var key and not 0 ? new Site.Web.Text.Fingerprint().Add(key).Add(linker.Fingerprint).Value : 0;
        var view = new SourcePageView(source, bodyContent, document.GetOrDefault(WebKeys.TitleFromBody), release, inputKey);
        // A new, slim document: what later stages read (links for the check, the search draft), not
        // everything parsing produced; the source's facts and text must not live to the end of the build.
        var metadata = Metadata.Empty
            .With(WebKeys.Url, document.Get(WebKeys.Url))
            .With(WebKeys.Language, language)
            .With(WebKeys.Chrome, chrome)
            .With(PageKeys.View, (PageView)view)
            .With(ReleaseKeys.Mentions, mentions)
            .With(WebKeys.Links, document.GetOrDefault(WebKeys.Links) ?? []);
        if (document.TryGet(WebKeys.SearchDraft, out var draft))
        {
            metadata = metadata.With(WebKeys.SearchDraft, draft);
        }

        return new Document(document.Source, document.Destination, metadata);
    }
}
