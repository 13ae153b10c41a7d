using System.Globalization;
using Site.Engine.Diagnostics;
using Site.Web.Pages;
using Site.Web.Settings;

namespace Site.Theme.Services;

/// <summary>
/// UI strings from <c>theme/i18n/&lt;language&gt;.yml</c> (flat "key: text" files). A key missing in
/// a language falls back to the site language, so a partial translation still gives whole pages.
/// </summary>
public sealed class SiteText : ISiteText
{
    private readonly Dictionary<string, Dictionary<string, string>> _byLanguage;
    private readonly string _fallback;

    private SiteText(Dictionary<string, Dictionary<string, string>> byLanguage, string fallback)
    {
        _byLanguage = byLanguage;
        _fallback = fallback;
    }

    public IReadOnlyCollection<string> Languages => _byLanguage.Keys;

    public static SiteText Load(string folder, string siteLanguage, IDiagnostics diagnostics)
    {
        var languages = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.yml").Order(StringComparer.Ordinal))
            {
                var strings = YamlSettings.LoadStringTable(file, "theme/i18n/" + Path.GetFileName(file), diagnostics);
                if (strings is not null)
                {
                    languages[Path.GetFileNameWithoutExtension(file)] = strings;
                }
            }
        }

        return new SiteText(languages, siteLanguage);
    }

    public string Get(string key, string language) => Find(key, language)?.Text ?? key;

    /// <summary>
    /// Fills in the arguments. When the first argument is the number 1 and the language that has
    /// the key also has "key.one", that form is used ("1 feature", not "1 features"); languages
    /// without a singular form (Chinese) simply do not define it.
    /// </summary>
    public string Format(string key, string language, params object[] arguments)
    {
        var found = Find(key, language);
        var text = found?.Text ?? key;
        if (found is { } f && arguments is [int and 1, ..] && Lookup(f.Language, key + ".one") is { } one)
        {
            text = one;
        }

        return string.Format(CultureInfo.InvariantCulture, text, arguments);
    }

    // The language that has the key: the page's, its base language ("zh" for "zh-CN"), the site's.
    private (string Text, string Language)? Find(string key, string language)
    {
        if (Lookup(language, key) is { } text)
        {
            return (text, language);
        }

        var dash = language.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && Lookup(language[..dash], key) is { } baseText)
        {
            return (baseText, language[..dash]);
        }

        return Lookup(_fallback, key) is { } fallback ? (fallback, _fallback) : null;
    }

    private string? Lookup(string language, string key)
        => _byLanguage.TryGetValue(language, out var strings) && strings.TryGetValue(key, out var text) ? text : null;
}
