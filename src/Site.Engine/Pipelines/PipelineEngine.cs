using System.Collections.Concurrent;
using System.Diagnostics;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;

namespace Site.Engine.Pipelines;

/// <summary>
/// Runs pipelines phase by phase. Input and Process of a pipeline start as soon as the pipelines
/// it depends on have finished Process, so independent pipelines run concurrently. PostProcess
/// starts when every Process is done, Output when every PostProcess is done.
/// A module that throws fails its pipeline (reported as an error) and the pipelines that depend
/// on it; every other pipeline still runs, so one build reports as many problems as it can.
/// </summary>
public sealed class PipelineEngine
{
    private readonly IReadOnlyList<Pipeline> _pipelines;
    private readonly IReadOnlyDictionary<Type, object> _services;

    public PipelineEngine(IEnumerable<Pipeline> pipelines, IEnumerable<object>? services = null)
    {
        _pipelines = pipelines.ToList();
        _services = (services ?? []).ToDictionary(s => s.GetType());
        Validate();
    }

    public async Task<EngineResult> RunAsync(DiagnosticBag? diagnostics = null, CancellationToken cancellationToken = default)
    {
        var run = new Run(this, diagnostics ?? new DiagnosticBag(), cancellationToken);
        return await run.ExecuteAsync().ConfigureAwait(false);
    }

    internal object? FindService(Type type)
        => _services.TryGetValue(type, out var exact)
            ? exact
            : _services.Values.FirstOrDefault(type.IsInstanceOfType);

    private void Validate()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pipeline in _pipelines)
        {
            if (!names.Add(pipeline.Name))
            {
                throw new InvalidOperationException($"Two pipelines are named '{pipeline.Name}'.");
            }
        }

        foreach (var pipeline in _pipelines)
        {
            foreach (var dependency in pipeline.Dependencies.Where(d => !names.Contains(d)))
            {
                throw new InvalidOperationException($"Pipeline '{pipeline.Name}' depends on unknown pipeline '{dependency}'.");
            }

            if (pipeline.IsTransient && (pipeline.ModulesOf(Phase.PostProcess).Count > 0 || pipeline.ModulesOf(Phase.Output).Count > 0))
            {
                throw new InvalidOperationException($"Transient pipeline '{pipeline.Name}' cannot have PostProcess or Output modules: its documents are gone by then.");
            }
        }

        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pipeline in _pipelines)
        {
            Visit(pipeline, state, []);
        }
    }

    private void Visit(Pipeline pipeline, Dictionary<string, int> state, Stack<string> path)
    {
        if (state.TryGetValue(pipeline.Name, out var mark))
        {
            if (mark == 1)
            {
                throw new InvalidOperationException(
                    $"Pipelines depend on each other in a cycle: {string.Join(" -> ", path.Reverse().Append(pipeline.Name))}.");
            }

            return;
        }

        state[pipeline.Name] = 1;
        path.Push(pipeline.Name);
        foreach (var dependency in pipeline.Dependencies)
        {
            Visit(_pipelines.First(p => p.Name == dependency), state, path);
        }

        path.Pop();
        state[pipeline.Name] = 2;
    }

    private sealed class Run(PipelineEngine engine, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        private readonly ConcurrentDictionary<(string, Phase), IReadOnlyList<Document>> _outputs = new();
        private readonly ConcurrentDictionary<string, bool> _failed = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, bool> _processed = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, bool> _released = new(StringComparer.Ordinal);
        private readonly ConcurrentBag<PhaseTiming> _timings = [];

        public async Task<EngineResult> ExecuteAsync()
        {
            var clock = Stopwatch.StartNew();
            var processTasks = new Dictionary<string, Task>(StringComparer.Ordinal);
            foreach (var pipeline in TopologicalOrder())
            {
                var dependencies = pipeline.Dependencies.Select(d => processTasks[d]).ToArray();
                processTasks[pipeline.Name] = RunInputAndProcessAsync(pipeline, dependencies);
            }

            await Task.WhenAll(processTasks.Values).ConfigureAwait(false);
            await Task.WhenAll(engine._pipelines.Select(p => Task.Run(() => RunPhaseAsync(p, Phase.PostProcess, Get(p, Phase.Process)), cancellationToken)))
                .ConfigureAwait(false);
            await Task.WhenAll(engine._pipelines.Select(p => Task.Run(() => RunPhaseAsync(p, Phase.Output, Get(p, Phase.PostProcess)), cancellationToken)))
                .ConfigureAwait(false);

            var outputs = engine._pipelines.ToDictionary(p => p.Name, p => Get(p, Phase.Output), StringComparer.Ordinal);
            var timings = _timings.OrderBy(t => engine._pipelines.ToList().FindIndex(p => p.Name == t.Pipeline)).ThenBy(t => t.Phase).ToList();
            return new EngineResult(outputs, diagnostics, timings, engine._pipelines.Select(p => p.Name).ToList(), clock.Elapsed);
        }

        private List<Pipeline> TopologicalOrder()
        {
            var done = new HashSet<string>(StringComparer.Ordinal);
            var order = new List<Pipeline>();
            void Add(Pipeline p)
            {
                if (!done.Add(p.Name))
                {
                    return;
                }

                foreach (var d in p.Dependencies)
                {
                    Add(engine._pipelines.First(x => x.Name == d));
                }

                order.Add(p);
            }

            foreach (var p in engine._pipelines)
            {
                Add(p);
            }

            return order;
        }

        private async Task RunInputAndProcessAsync(Pipeline pipeline, Task[] dependencies)
        {
            await Task.WhenAll(dependencies).ConfigureAwait(false);
            await Task.Yield();
            if (pipeline.Dependencies.Any(d => _failed.ContainsKey(d)))
            {
                _failed[pipeline.Name] = true;
                _outputs[(pipeline.Name, Phase.Input)] = [];
                _outputs[(pipeline.Name, Phase.Process)] = [];
                _processed[pipeline.Name] = true;
                ReleaseTransientOutputs();
                return;
            }

            await RunPhaseAsync(pipeline, Phase.Input, []).ConfigureAwait(false);
            await RunPhaseAsync(pipeline, Phase.Process, Get(pipeline, Phase.Input)).ConfigureAwait(false);

            // Input documents only feed Process; keeping them would hold every source twice.
            _outputs[(pipeline.Name, Phase.Input)] = [];
            _processed[pipeline.Name] = true;
            ReleaseTransientOutputs();
        }

        /// <summary>Drops the outputs of transient pipelines whose dependents have all finished Process.</summary>
        private void ReleaseTransientOutputs()
        {
            foreach (var transient in engine._pipelines.Where(p => p.IsTransient && _processed.ContainsKey(p.Name)))
            {
                var dependents = engine._pipelines.Where(p => p.Dependencies.Contains(transient.Name));
                if (dependents.All(d => _processed.ContainsKey(d.Name)) && _released.TryAdd(transient.Name, true))
                {
                    _outputs[(transient.Name, Phase.Process)] = [];
                }
            }
        }

        private IReadOnlyList<Document> Get(Pipeline pipeline, Phase phase)
            => _outputs.TryGetValue((pipeline.Name, phase), out var docs) ? docs : [];

        private async Task RunPhaseAsync(Pipeline pipeline, Phase phase, IReadOnlyList<Document> inputs)
        {
            var modules = pipeline.ModulesOf(phase);
            if (_failed.ContainsKey(pipeline.Name))
            {
                _outputs[(pipeline.Name, phase)] = [];
                return;
            }

            if (modules.Count == 0)
            {
                _outputs[(pipeline.Name, phase)] = inputs;
                return;
            }

            var clock = Stopwatch.StartNew();
            var context = new Context(engine, this, pipeline, phase, diagnostics, cancellationToken);
            var current = inputs;
            foreach (var module in modules)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    current = await module.ExecuteAsync(current, context).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    diagnostics.Report(Diagnostic.Error(
                        $"Module {module.Name} failed in pipeline {pipeline.Name} ({phase}): {ex.GetType().Name}: {ex.Message}",
                        code: "engine.module"));
                    _failed[pipeline.Name] = true;
                    current = [];
                    break;
                }
            }

            _outputs[(pipeline.Name, phase)] = current;
            _timings.Add(new PhaseTiming(pipeline.Name, phase, current.Count, clock.Elapsed));
        }

        public IReadOnlyList<Document> OutputsFor(Pipeline asking, Phase phase, string target)
        {
            var other = engine._pipelines.FirstOrDefault(p => p.Name == target)
                ?? throw new InvalidOperationException($"No pipeline is named '{target}'.");
            if (other.IsTransient && phase != Phase.Process)
            {
                throw new InvalidOperationException(
                    $"Pipeline '{target}' is transient: only its dependents may read it, during Process.");
            }

            return phase switch
            {
                Phase.Process when asking.Dependencies.Contains(target) => Get(other, Phase.Process),
                Phase.Process => throw new InvalidOperationException(
                    $"Pipeline '{asking.Name}' reads '{target}' in Process but does not depend on it."),
                Phase.PostProcess => Get(other, Phase.Process),
                Phase.Output => Get(other, Phase.PostProcess),
                _ => throw new InvalidOperationException($"Pipeline '{asking.Name}' cannot read other pipelines in {phase}."),
            };
        }
    }

    private sealed class Context(PipelineEngine engine, Run run, Pipeline pipeline, Phase phase, IDiagnostics diagnostics, CancellationToken token)
        : IExecutionContext
    {
        public string PipelineName => pipeline.Name;

        public Phase Phase => phase;

        public IDiagnostics Diagnostics => diagnostics;

        public CancellationToken CancellationToken => token;

        public IReadOnlyList<string> PipelineNames => engine._pipelines.Select(p => p.Name).ToList();

        public T GetService<T>() where T : class
            => engine.FindService(typeof(T)) as T
               ?? throw new InvalidOperationException($"No service of type {typeof(T).Name} is registered with the engine.");

        public T? FindService<T>() where T : class => engine.FindService(typeof(T)) as T;

        public IReadOnlyList<Document> OutputsOf(string pipelineName) => run.OutputsFor(pipeline, phase, pipelineName);
    }
}
