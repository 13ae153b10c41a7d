using Site.Cli.Preview;

namespace Site.Tests.Preview;

/// <summary>Which file events can change the site.</summary>
public sealed class WatchedChangesTests
{
    [Theory]
    [InlineData("seeds/release-1.7-notes-draft.md")]
    [InlineData("input/site.yml")]
    [InlineData("input/data/feature-aliases.yml")]
    [InlineData("theme/assets/site.css")]
    [InlineData("theme/i18n/en.yml")]
    public void Site_sources_count(string path) => Assert.True(SourceWatcher.IsRelevant(path));

    [Theory]
    [InlineData("seeds/.release-1.7-notes-draft.md.swp")]
    [InlineData("seeds/release-1.7-notes-draft.md~")]
    [InlineData("seeds/4913")]
    [InlineData("seeds/.#release.md")]
    [InlineData("seeds/#release.md#")]
    [InlineData("input/site.yml.tmp")]
    [InlineData("seeds/release.md___jb_tmp___")]
    [InlineData("seeds/.goutputstream-ABC123")]
    [InlineData("seeds/.DS_Store")]
    [InlineData("theme/node_modules/lunr/lunr.js")]
    [InlineData("theme/obj/project.assets.json")]
    [InlineData("theme/bin/Debug/x.dll")]
    [InlineData("output/index.html")]
    [InlineData("README.md")]
    [InlineData("seeds")]
    public void Editor_temporaries_build_folders_and_other_paths_do_not(string path) => Assert.False(SourceWatcher.IsRelevant(path));
}
