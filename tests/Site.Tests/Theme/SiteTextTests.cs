using Site.Engine.Diagnostics;
using Site.Theme.Services;
using Site.Web.Tests.Support;

namespace Site.Tests.Theme;

/// <summary>The theme's strings (theme/i18n): counts of one take the singular where a language has one.</summary>
public sealed class SiteTextTests
{
    private static SiteText Load()
    {
        var diagnostics = new DiagnosticBag();
        var text = SiteText.Load(Path.Combine(RepositoryPaths.Root, "theme", "i18n"), "en", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return text;
    }

    [Theory]
    [InlineData(0, "0 features")]
    [InlineData(1, "1 feature")]
    [InlineData(2, "2 features")]
    [InlineData(11, "11 features")]
    public void English_counts_take_the_singular_for_one_only(int count, string expected)
        => Assert.Equal(expected, Load().Format("release.count", "en", count));

    [Fact]
    public void A_language_without_a_singular_keeps_its_own_form()
    {
        var text = Load();
        Assert.Equal("1 result", text.Format("search.count", "en", 1));
        Assert.Equal(text.Get("search.count", "zh-CN").Replace("{0}", "1", StringComparison.Ordinal), text.Format("search.count", "zh-CN", 1));
        Assert.DoesNotContain("result", text.Format("search.count", "zh-CN", 1), StringComparison.Ordinal);
    }

    [Fact]
    public void The_singular_comes_from_the_language_that_has_the_string_page_base_or_site_language()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.Combine("en.yml"), "things: \"{0} things\"\nthings.one: \"{0} thing\"\nnotes: \"{0} notes\"\nnotes.one: \"{0} note\"\n");
        File.WriteAllText(folder.Combine("zh.yml"), "things: \"{0} 个\"\n");
        var diagnostics = new DiagnosticBag();
        var text = SiteText.Load(folder.Path, "en", diagnostics);
        Assert.Empty(diagnostics.Sorted());

        Assert.Equal("1 个", text.Format("things", "zh-CN", 1));
        Assert.Equal("1 note", text.Format("notes", "zh-CN", 1));
        Assert.Equal("1 thing", text.Format("things", "en", 1));
        Assert.Equal("2 notes", text.Format("notes", "zh-CN", 2));
    }

    [Fact]
    public void A_string_only_the_site_language_has_comes_with_its_singular()
        => Assert.Equal("1 feature", Load().Format("sigs.features", "zh-CN", 1));
}
