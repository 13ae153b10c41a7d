using System.Globalization;
using Site.Web.Language;
using Site.Web.Pages;
using Site.Web.Paths;
using Site.Web.Settings;

namespace Site.Theme.Services;

/// <summary>What every template needs: site settings, URLs under the base path, strings, edit links.</summary>
public sealed class ThemeContext(SiteSettings site, UrlBuilder urls, ISiteText text, EditLinks edit, string assetVersion)
{
    public SiteSettings Site { get; } = site;

    public UrlBuilder Urls { get; } = urls;

    public ISiteText Text { get; } = text;

    public EditLinks Edit { get; } = edit;

    /// <summary>A site URL as it must be written in a page (base path applied).</summary>
    public string Url(string siteUrl) => Urls.Page(siteUrl);

    /// <summary>An asset URL; the version (a hash of the assets) makes browsers fetch new assets after a change.</summary>
    public string Asset(string name) => Urls.Page("/assets/" + name) + "?v=" + assetVersion;

    public string T(string key, string language) => Text.Get(key, language);

    public string F(string key, string language, params object[] arguments) => Text.Format(key, language, arguments);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string IsoDate(DateTimeOffset date) => date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"June 30, 2017" or "2017年6月30日".</summary>
    public static string HumanDate(DateOnly date, string language)
        => LanguageDetector.IsChinese(language)
            ? string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日")
            : date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    public static string HumanDate(DateTimeOffset date, string language) => HumanDate(DateOnly.FromDateTime(date.UtcDateTime), language);
}
