using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Xunit.Abstractions;

namespace Site.Tests.Browser;

/// <summary>
/// The figures of docs/search.md: index size (raw, gzip) and, measured in Chromium with
/// performance.now(), the first use (scripts, manifest, shards, parse, first results) and the
/// median query time. Measures the seed site; set SITE_SEARCH_BENCH_SITE to the output folder of
/// a site built with --base-path /repo/ (such as the 10,000-page corpus) to measure that one too.
/// Printed (and appended to the file SITE_SEARCH_FIGURES names), not asserted: machines differ.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class SearchFiguresTests(BrowserFixture fixture, ITestOutputHelper output)
{
    // Words of the seeds and of the generated corpus, finished and unfinished, and Chinese.
    private static readonly string[] Queries =
    [
        "kubectl", "kubectl diff", "statefulset", "state", "stat", "daemonset", "daemon", "ingress", "ingr", "network policy",
        "pod security", "scheduler", "schedul", "storage", "local storage", "csi", "volume", "volume snapshot", "admission",
        "admission webhook", "api server", "apiserver", "aggregation", "custom resource", "crd", "rbac", "authorization",
        "node", "kubelet", "kubelet tls", "certificate rotation", "deprecat", "alpha", "beta", "stable", "sig network",
        "sig apps", "windows", "ipv6", "dual stack", "hpa", "autoscal", "federation", "cloud provider", "release notes",
        "安全", "安全性", "存储", "网络策略", "更新",
    ];

    [Fact(Timeout = 600_000)]
    public async Task Index_size_first_use_and_query_time()
    {
        var figures = await MeasureAsync(fixture.Site.Output, fixture.Server);
        Assert.True(figures.QueriesWithResults > Queries.Length / 2, $"{figures.QueriesWithResults} queries found something");
        Write("seed site", figures);

        // On demand only: the 10,000-page corpus is generated, not part of the repository.
        if (Environment.GetEnvironmentVariable("SITE_SEARCH_BENCH_SITE") is { Length: > 0 } other)
        {
            await using var server = await StaticSiteServer.StartAsync(other, BrowserFixture.BasePath);
            Write(other, await MeasureAsync(other, server));
        }
    }

    private async Task<Figures> MeasureAsync(string site, StaticSiteServer server)
    {
        var sizes = IndexSizes(Path.Combine(site, "search"));
        await using var browser = await fixture.Chromium.OpenAsync(server.Url("/"));
        var firstUse = await browser.Page.EvaluateAsync<double>(FirstUseScript, new { query = FirstUseQuery, timeout = 300_000 });

        // A second page of the same browser context (same HTTP cache), the first one closed so
        // that the box's loading of the other shards does not compete with the measurements.
        var page = await browser.Page.Context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await browser.Page.CloseAsync();
        await page.GotoAsync(server.Url("/"));
        var timings = await page.EvaluateAsync<JsonElement>(QueryTimesScript, new { queries = Queries, timeout = 300_000 });
        Assert.Empty(browser.Errors);
        Assert.Empty(errors);
        var heap = await JsHeapAsync(page);
        return new Figures(
            sizes,
            firstUse,
            timings.GetProperty("loadAll").GetDouble(),
            timings.GetProperty("parse").GetDouble(),
            heap,
            timings.GetProperty("median").GetDouble(),
            timings.GetProperty("p95").GetDouble(),
            timings.GetProperty("max").GetDouble(),
            timings.GetProperty("withResults").GetInt32(),
            timings.GetProperty("shards").GetInt32());
    }

    // A word of the seeds and of the generated corpus alike.
    private const string FirstUseQuery = "storage";

    // Milliseconds from focusing the box (a query already in it) to its first results on screen
    // (from the first shard loaded, on a site of several).
    private const string FirstUseScript = """
        ({ query, timeout }) => new Promise((resolve, reject) => {
          const input = document.getElementById("site-search-input");
          const list = document.getElementById("site-search-results");
          input.value = query;
          const start = performance.now();
          const watch = new MutationObserver(() => {
            if (list.dataset.query === query && !list.hidden) { watch.disconnect(); resolve(performance.now() - start); }
          });
          watch.observe(list, { attributes: true, childList: true });
          setTimeout(() => reject(new Error("no results in time")), timeout);
          input.focus();
        })
        """;

    // loadAll: a fresh engine (the scripts are there: the box loaded them) from open to every
    // shard loaded, files from the HTTP cache;
    // parse: JSON.parse and lunr.Index.load of every shard's files, text already in memory;
    // then each query once as the box runs it: search, best sections, results built (detached).
    private const string QueryTimesScript = """
        async ({ queries, timeout }) => {
          await new Promise((resolve) => {
            const check = () => window.siteSearchShards ? resolve() : setTimeout(check, 20);
            document.getElementById("site-search-input").focus(); // loads the scripts
            check();
          });
          const folder = new URL(document.querySelector('meta[name="site-search-index"]').content, location.href);
          const loadStart = performance.now();
          const engine = await new Promise((resolve, reject) => {
            const e = siteSearchShards.open(folder.href, "en", null, () => {
              const state = e && e.state();
              if (state && state.total !== null && state.loaded === state.total) resolve(e);
              if (state && state.failed) reject(state.failed);
            });
            setTimeout(() => reject(new Error("index not loaded in time")), timeout);
          });
          const loadAll = performance.now() - loadStart;

          const manifest = await (await fetch(new URL("manifest.json", folder))).json();
          let parse = 0;
          for (const shard of manifest.shards) {
            const index = await (await fetch(new URL(shard.index, folder))).text();
            const documents = await (await fetch(new URL(shard.documents, folder))).text();
            const start = performance.now();
            lunr.Index.load(JSON.parse(index));
            JSON.parse(documents);
            parse += performance.now() - start;
          }

          const run = (q) => {
            const result = engine.search(q, 8);
            const box = document.createElement("div");
            for (const hit of result.hits) box.appendChild(siteSearchResults.render(hit, result.query, { base: "/", sectionLabel: "Section" }));
            return result.hits.length;
          };
          queries.forEach(run); // warm up: the first calls compile the code
          const times = [];
          let withResults = 0;
          for (const q of queries) {
            const start = performance.now();
            if (run(q) > 0) withResults++;
            times.push(performance.now() - start);
          }
          times.sort((a, b) => a - b);
          const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
          window.__searchEngine = engine; // kept alive for the heap measured after
          return { loadAll, parse, median: at(0.5), p95: at(0.95), max: times[times.length - 1], withResults, shards: manifest.shards.length };
        }
        """;

    // The page's JS heap in use (DevTools protocol: precise, unlike performance.memory), after a
    // garbage collection, with the engine of QueryTimesScript alive.
    private static async Task<double> JsHeapAsync(Microsoft.Playwright.IPage page)
    {
        var session = await page.Context.NewCDPSessionAsync(page);
        await session.SendAsync("HeapProfiler.collectGarbage");
        await session.SendAsync("Performance.enable");
        var metrics = await session.SendAsync("Performance.getMetrics");
        await session.DetachAsync();
        return metrics!.Value.GetProperty("metrics").EnumerateArray()
            .First(metric => metric.GetProperty("name").GetString() == "JSHeapUsedSize").GetProperty("value").GetDouble();
    }

    private static List<(string File, long Raw, long Gzip)> IndexSizes(string folder)
        => Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal)
            .Select(file => (Path.GetFileName(file), new FileInfo(file).Length, GzipLength(file))).ToList();

    private static long GzipLength(string file)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            using var source = File.OpenRead(file);
            source.CopyTo(gzip);
        }

        return compressed.Length;
    }

    private void Write(string site, Figures figures)
    {
        var lines = new List<string> { $"search figures for {site}" };
        lines.AddRange(figures.Sizes.Select(s => $"  {s.File}: {s.Raw:N0} bytes, gzip {s.Gzip:N0}"));
        lines.Add($"  total: {figures.Sizes.Sum(s => s.Raw):N0} bytes, gzip {figures.Sizes.Sum(s => s.Gzip):N0}; shards {figures.Shards}");
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"  first use, focus to first results: {figures.FirstUseMs:F0} ms; every shard loaded: {figures.LoadAllMs:F0} ms (JS heap then {figures.HeapBytes / 1e6:F1} MB); parse only: {figures.ParseMs:F0} ms"));
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"  query ({Queries.Length}, {figures.QueriesWithResults} with results): median {figures.MedianMs:F2} ms, p95 {figures.P95Ms:F2} ms, max {figures.MaxMs:F2} ms"));
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }

        if (Environment.GetEnvironmentVariable("SITE_SEARCH_FIGURES") is { Length: > 0 } file)
        {
            File.AppendAllLines(file, lines);
        }
    }

    private sealed record Figures(
        List<(string File, long Raw, long Gzip)> Sizes,
        double FirstUseMs,
        double LoadAllMs,
        double ParseMs,
        double HeapBytes,
        double MedianMs,
        double P95Ms,
        double MaxMs,
        int QueriesWithResults,
        int Shards);
}
