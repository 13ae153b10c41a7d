using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;
using Site.Web.Caching;
using Site.Web.Search;
using Site.Web.Tests.Support;

namespace Site.Web.Tests.Caching;

/// <summary>
/// CacheOutputs hands out last build's outputs while the key stays the same, and must then report
/// last build's diagnostics again: a warning that disappeared on a cache hit would hide a problem
/// the source still has.
/// </summary>
public sealed class CacheOutputsTests
{
    private static readonly Key<int> Run = new("run");

    private sealed class Counter
    {
        public int Runs;
    }

    private static Pipeline Cached(Counter counter, Func<long?> key)
        => new Pipeline("Pages").WithProcess(new CacheOutputs(
            "Make",
            (_, _) => key(),
            Lambda.All("Count", (_, context) =>
            {
                var run = Interlocked.Increment(ref counter.Runs);
                context.Diagnostics.Report(Diagnostic.Warning("run " + run, new SourceLocation("a.md", 3, 1)));
                return [new Document("a.md", "a/index.html").With(Run, run)];
            })));

    private static async Task<EngineResult> Build(Counter counter, Func<long?> key, BuildCache? cache)
    {
        var result = await new PipelineEngine([Cached(counter, key)], cache is null ? null : [cache]).RunAsync();
        cache?.Committed();
        return result;
    }

    [Fact]
    public async Task A_hit_hands_out_last_outputs_and_reports_last_diagnostics_again()
    {
        using var folder = new TempDirectory();
        using var cache = new BuildCache(folder.Path, new SearchIndexOptions());
        var counter = new Counter();

        var first = await Build(counter, () => 7, cache);
        var second = await Build(counter, () => 7, cache);

        Assert.Equal(1, counter.Runs);
        Assert.Equal(1, Assert.Single(second.Outputs["Pages"]).Get(Run));
        var replayed = Assert.Single(second.Diagnostics.Sorted());
        Assert.Equal(Assert.Single(first.Diagnostics.Sorted()), replayed);
    }

    [Fact]
    public async Task A_changed_key_runs_the_modules_again()
    {
        using var folder = new TempDirectory();
        using var cache = new BuildCache(folder.Path, new SearchIndexOptions());
        var counter = new Counter();
        long key = 1;

        await Build(counter, () => key, cache);
        key = 2;
        var second = await Build(counter, () => key, cache);

        Assert.Equal(2, counter.Runs);
        Assert.Equal("run 2", Assert.Single(second.Diagnostics.Sorted()).Message);
    }

    [Fact]
    public async Task Without_a_cache_or_a_key_the_modules_always_run()
    {
        using var folder = new TempDirectory();
        using var cache = new BuildCache(folder.Path, new SearchIndexOptions());
        var counter = new Counter();

        await Build(counter, () => 1, cache: null);
        await Build(counter, () => 1, cache: null);
        await Build(counter, () => null, cache);
        await Build(counter, () => null, cache);

        Assert.Equal(4, counter.Runs);
    }

    [Fact]
    public async Task An_abandoned_build_keeps_the_last_committed_entry()
    {
        using var folder = new TempDirectory();
        using var cache = new BuildCache(folder.Path, new SearchIndexOptions());
        var counter = new Counter();

        await Build(counter, () => 1, cache);
        await new PipelineEngine([Cached(counter, () => 2)], [cache]).RunAsync();
        cache.Abandoned();
        await Build(counter, () => 1, cache);

        Assert.Equal(2, counter.Runs);
    }

    [Fact]
    public async Task A_hit_keeps_what_the_modules_cached_for_the_build_that_runs_them_again()
    {
        // A prose edit reuses the generated pages whole; the stage edit after it must still find
        // each page's cached parts, or it redoes every page.
        using var folder = new TempDirectory();
        using var cache = new BuildCache(folder.Path, new SearchIndexOptions());
        var parts = 0;
        Pipeline Pages(long key) => new Pipeline("Pages")
            .WithInput(Lambda.All("Read", (_, _) => new[] { new Document("a.md", "a/index.html"), new Document("b.md", "b/index.html") }))
            .WithProcess(new CacheOutputs(
            "Make",
            (_, _) => key,
            Lambda.ForEach("Part", (page, context) =>
            {
                var store = context.GetService<BuildCache>();
                if (!store.TryGet<string>("part:" + page.Destination, 1, out _))
                {
                    Interlocked.Increment(ref parts);
                    store.Set("part:" + page.Destination, 1, "made");
                }

                return page;
            })));

        foreach (var key in new long[] { 1, 1, 1, 2 })
        {
            var result = await new PipelineEngine([Pages(key)], [cache]).RunAsync();
            Assert.Equal(2, result.Outputs["Pages"].Count);
            cache.Committed();
        }

        Assert.Equal(2, parts);
    }
}
