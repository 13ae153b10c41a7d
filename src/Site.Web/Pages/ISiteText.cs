namespace Site.Web.Pages;

/// <summary>UI strings by key and language ("nav.releases" in "zh-CN"), so pages speak their reader's language.</summary>
public interface ISiteText
{
    /// <summary>The string in the language, else in the site language, else the key itself.</summary>
    string Get(string key, string language);

    /// <summary>A string with {0}, {1}... filled in.</summary>
    string Format(string key, string language, params object[] arguments);
}
