using Site.Engine.Diagnostics;
using Site.Engine.Documents;

namespace Site.Engine.Pipelines;

/// <summary>What a run produced: the Output-phase documents per pipeline, diagnostics and timings.</summary>
public sealed record EngineResult(
    IReadOnlyDictionary<string, IReadOnlyList<Document>> Outputs,
    DiagnosticBag Diagnostics,
    IReadOnlyList<PhaseTiming> Timings,
    IReadOnlyList<string> PipelineOrder,
    TimeSpan Elapsed)
{
    public bool Succeeded => !Diagnostics.HasErrors;

    public string FormatTimings() => TimingTable.Format(Timings, PipelineOrder, Elapsed);
}
