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
                var strings = YamlSettings.Load<Dictionary<string, string>>(file, "theme/i18n/" + Path.GetFileName(file), diagnostics);
                if (strings is not null)
                {
                    languages[Path.GetFileNameWithoutExtension(file)] = strings;
                }
            }
        }

        return new SiteText(languages, siteLanguage);
    }

    public string Get(string key, string language)
    {
        if (Lookup(language, key) is { } text)
        {
            return text;
        }

        var dash = language.IndexOf('-', StringComparison.Ordinal);
        return (dash > 0 ? Lookup(language[..dash], key) : null) ?? Lookup(_fallback, key) ?? key;
    }

    public string Format(string key, string language, params object[] arguments)
        => string.Format(CultureInfo.InvariantCulture, Get(key, language), arguments);

    private string? Lookup(string language, string key)
        => _byLanguage.TryGetValue(language, out var strings) && strings.TryGetValue(key, out var text) ? text : null;
}
