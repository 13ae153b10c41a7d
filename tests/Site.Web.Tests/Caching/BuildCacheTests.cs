using Site.Engine.Diagnostics;
using Site.Web.Caching;
using Site.Web.Search;
using Site.Web.Tests.Support;

namespace Site.Web.Tests.Caching;

/// <summary>
/// GetOrMake keeps what was made without diagnostics for the next build; what reported something is
/// made again, so its warnings are reported on every build instead of vanishing on a cache hit.
/// </summary>
public sealed class BuildCacheTests
{
    [Fact]
    public void A_clean_result_is_reused_while_its_key_stays_the_same()
    {
        using var folder = new TempDirectory();
        using var cache = new BuildCache(folder.Path, new SearchIndexOptions());
        var made = 0;
        string Make(IDiagnostics _) => "made " + ++made;

        Assert.Equal("made 1", cache.GetOrMake("a", 1, new DiagnosticBag(), Make));
        cache.Committed();
        Assert.Equal("made 1", cache.GetOrMake("a", 1, new DiagnosticBag(), Make));
        cache.Committed();
        Assert.Equal("made 2", cache.GetOrMake("a", 2, new DiagnosticBag(), Make));
    }

    [Fact]
    public void A_result_that_reported_something_is_made_and_reported_again()
    {
        using var folder = new TempDirectory();
        using var cache = new BuildCache(folder.Path, new SearchIndexOptions());
        var made = 0;
        string Make(IDiagnostics reported)
        {
            reported.Report(Diagnostic.Warning("odd byte", new SourceLocation("a.md", 1, 1)));
            return "made " + ++made;
        }

        for (var build = 1; build <= 2; build++)
        {
            var diagnostics = new DiagnosticBag();
            Assert.Equal("made " + build, cache.GetOrMake("a", 1, diagnostics, Make));
            Assert.Equal(1, diagnostics.WarningCount);
            cache.Committed();
        }
    }

    [Fact]
    public void Forgotten_entries_are_made_again_whatever_their_key()
    {
        using var folder = new TempDirectory();
        using var cache = new BuildCache(folder.Path, new SearchIndexOptions());
        var made = 0;
        string Make(IDiagnostics _) => "made " + ++made;
        cache.GetOrMake("file:a.md", 1, new DiagnosticBag(), Make);
        cache.GetOrMake("file:b.md", 1, new DiagnosticBag(), Make);
        cache.Committed();

        cache.Forget("file:a");
        Assert.Equal("made 3", cache.GetOrMake("file:a.md", 1, new DiagnosticBag(), Make));
        Assert.Equal("made 2", cache.GetOrMake("file:b.md", 1, new DiagnosticBag(), Make));
    }
}
