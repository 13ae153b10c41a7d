using Site.Engine.Diagnostics;
using Site.Engine.Pipelines;

namespace Site.Cli.Build;

/// <summary>
/// Watches one build while it runs (a progress line, per-phase lines). Phase calls come from the
/// engine's worker threads, so implementations must be thread-safe.
/// </summary>
public interface IBuildObserver
{
    /// <summary>The build has started; <paramref name="phases"/> phases will run if nothing fails.</summary>
    void Started(DiagnosticBag diagnostics, int phases);

    void PhaseStarted(string pipeline, Phase phase);

    void PhaseFinished(PhaseTiming timing);

    /// <summary>The build is over (succeeded or not); the report follows.</summary>
    void Finished();
}
