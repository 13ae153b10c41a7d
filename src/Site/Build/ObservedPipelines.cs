using System.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Cli.Build;

/// <summary>
/// Copies pipelines with every module wrapped so that an <see cref="IBuildObserver"/> hears when
/// each phase starts and ends. This keeps progress reporting out of the engine: the engine runs
/// the copies exactly as it would the originals.
/// </summary>
internal static class ObservedPipelines
{
    public static IReadOnlyList<Pipeline> Wrap(IReadOnlyList<Pipeline> pipelines, IBuildObserver observer)
        => pipelines.Select(p => Wrap(p, observer)).ToList();

    /// <summary>How many phases have modules, i.e. how many the observer will hear about in a full build.</summary>
    public static int CountPhases(IReadOnlyList<Pipeline> pipelines)
        => pipelines.Sum(p => Enum.GetValues<Phase>().Count(phase => p.ModulesOf(phase).Count > 0));

    private static Pipeline Wrap(Pipeline original, IBuildObserver observer)
    {
        var copy = new Pipeline(original.Name).DependsOn([.. original.Dependencies]);
        if (original.IsTransient)
        {
            copy.AsTransient();
        }

        foreach (var phase in Enum.GetValues<Phase>())
        {
            var modules = original.ModulesOf(phase);
            if (modules.Count == 0)
            {
                continue;
            }

            var run = new PhaseRun(original.Name, phase, observer);
            var wrapped = modules.Select((module, index) => (IModule)new ObservedModule(module, run, index == 0, index == modules.Count - 1)).ToArray();
            _ = phase switch
            {
                Phase.Input => copy.WithInput(wrapped),
                Phase.Process => copy.WithProcess(wrapped),
                Phase.PostProcess => copy.WithPostProcess(wrapped),
                _ => copy.WithOutput(wrapped),
            };
        }

        return copy;
    }

    /// <summary>One phase of one pipeline in one build: the clock runs from its first module to its last.</summary>
    private sealed class PhaseRun(string pipeline, Phase phase, IBuildObserver observer)
    {
        private readonly Stopwatch _clock = new();

        public void Start()
        {
            _clock.Start();
            observer.PhaseStarted(pipeline, phase);
        }

        public void Finish(int documents) => observer.PhaseFinished(new PhaseTiming(pipeline, phase, documents, _clock.Elapsed));
    }

    private sealed class ObservedModule(IModule inner, PhaseRun run, bool first, bool last) : IModule
    {
        // The engine names a failing module in its error: keep the inner module's name.
        public string Name => inner.Name;

        public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
        {
            if (first)
            {
                run.Start();
            }

            var outputs = await inner.ExecuteAsync(inputs, context).ConfigureAwait(false);
            if (last)
            {
                run.Finish(outputs.Count);
            }

            return outputs;
        }
    }
}
