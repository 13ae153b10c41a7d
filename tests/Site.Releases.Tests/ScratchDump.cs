using System.Text;
using Site.Engine.Diagnostics;
using Site.Engine.Pipelines;
using Site.Releases.Model;
using Site.Releases.Pipelines;

namespace Site.Releases.Tests;

public sealed class ScratchDump
{
    [Fact]
    public async Task Dump()
    {
        var root = "/work/main";
        var bag = new DiagnosticBag();
        var site = ReleaseSiteContext.Load(root, null, bag)!;
        var engine = new PipelineEngine([ContentPipelines.CreateContent(site, _ => "#"), ContentPipelines.CreateCatalog(site, (k, v, l) => $"{k} {v} {l}")]);
        var result = await engine.RunAsync(bag);
        var catalog = result.Outputs["Catalog"][0].Get(ReleaseKeys.Catalog);
        var o = new StringBuilder();
        foreach (var d in bag.Sorted()) o.AppendLine("DIAG " + d);
        foreach (var d in catalog.Documents) o.AppendLine($"DOC {d.SourcePath} | {d.Title} | {d.Url} | {d.Language} | {d.Kind} | {d.Release} | {d.Date} | tr={string.Join(",", d.Translations.Values.Select(t => t.SourcePath))}");
        foreach (var r in catalog.Releases) o.AppendLine($"REL {r.Version} {r.Date} docs={r.Documents.Count} feats={r.Features.Count} themes={r.Themes.Count} notes={string.Join(",", r.Notes.Select(n => n.Kind + ":" + n.ItemsHtml.Count))} summary={r.SummaryHtml[..Math.Min(60, r.SummaryHtml.Length)]}");
        foreach (var f in catalog.Features) o.AppendLine($"FEAT {f.Id} | {f.Title} | #{f.Number} | {f.Sig?.Name} | {string.Join(" ", f.Timeline.Select(t => t.Release + ":" + t.Stage))} | aka: {string.Join(" ; ", f.Aliases)}");
        foreach (var s in catalog.Sigs) o.AppendLine($"SIG {s.Name} | {s.DisplayName} | retired={s.Retired} listed={s.Listed} feats={s.Features.Count}");
        var facts = result.Outputs["Content"].Select(d => (d.Source, F: d.Get(ReleaseKeys.Facts))).ToList();
        double J(IReadOnlyList<string> a, IReadOnlyList<string> b) { var s = a.ToHashSet(); var sh = b.Count(s.Contains); return a.Count == 0 || b.Count == 0 ? 0 : (double)sh / Math.Min(s.Count, b.Count); }
        foreach (var x in facts) foreach (var y in facts) if (string.CompareOrdinal(x.Source, y.Source) < 0) o.AppendLine($"PAIR {x.Source} {y.Source} links={J(x.F.LinkTargets, y.F.LinkTargets):F3} words={J(x.F.LatinWords, y.F.LatinWords):F3} n={x.F.LatinWords.Count}/{y.F.LatinWords.Count}");
        File.WriteAllText("/tmp/dump.txt", o.ToString());
    }
}
