using Site.Engine.Modules;
using Site.Releases.Pages;
using Site.Web;
using Site.Web.Caching;

namespace Site.Cli.Build;

/// <summary>
/// One number per page for what it shows, so the preview renders again only pages that changed.
/// </summary>
internal static class PageFingerprints
{
    /// <summary>
    /// With a build cache, notes on each page everything it shows as one number (see <see cref="PageFingerprint"/>).
    /// A page marked with the same inputs object as last build (<see cref="PageKeys.Inputs"/>) keeps last build's number.
    /// </summary>
    public static IModule FingerprintPages(long siteKey)
        => Lambda.ForEach("FingerprintPages", (page, context) =>
        {
            if (context.FindService<BuildCache>() is not { } cache || !page.TryGet(PageKeys.View, out var view) || !page.TryGet(WebKeys.Chrome, out var chrome))
            {
                return page;
            }

            if (!page.TryGet(PageKeys.Inputs, out var inputs))
            {
                return page.With(WebKeys.PageFingerprint, PageFingerprint.Of(view, chrome, siteKey));
            }

            var name = "print:" + chrome.Url;
            if (!cache.TryGet<KnownPrint>(name, siteKey, out var known) || !ReferenceEquals(known.Inputs, inputs))
            {
                known = new KnownPrint(inputs, PageFingerprint.Of(view, chrome, siteKey));
            }

            cache.Set(name, siteKey, known);
            return page.With(WebKeys.PageFingerprint, known.Print);
        });

    private sealed record KnownPrint(object Inputs, long Print);
}
