using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Web.Caching;

/// <summary>
/// Runs its modules only when what they read changed (in the spirit of Statiq's CacheDocuments):
/// with a <see cref="BuildCache"/>, <paramref name="keyOf"/> reduces what the modules depend on to a
/// number, and when it equals last build's, last build's outputs are handed out again and the
/// diagnostics the modules reported then are reported again, and what the modules cached then is
/// kept too (a later build whose key changes finds it). Without a cache, or when the key function
/// returns null, the modules simply run.
/// </summary>
public sealed class CacheOutputs(string name, Func<IReadOnlyList<Document>, IExecutionContext, long?> keyOf, params IModule[] modules) : IModule
{
    public string Name => name;

    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var cache = context.FindService<BuildCache>();
        var key = cache is null ? null : keyOf(inputs, context);
        var entry = "outputs:" + context.PipelineName + "/" + name;
        if (key is { } known && cache!.TryGet<Made>(entry, known, out var made))
        {
            foreach (var diagnostic in made.Diagnostics)
            {
                context.Diagnostics.Report(diagnostic);
            }

            cache.Carry(made.CacheNames);
            return made.Outputs;
        }

        var recording = new RecordingContext(context);
        var current = inputs;
        IReadOnlyList<string> used;
        using (var uses = key is null ? null : cache!.RecordUses())
        {
            foreach (var module in modules)
            {
                current = await module.ExecuteAsync(current, recording).ConfigureAwait(false);
            }

            used = uses?.Names ?? [];
        }

        if (key is { } value)
        {
            cache!.Set(entry, value, new Made(current, [.. recording.Reported], used));
        }

        return current;
    }

    /// <param name="CacheNames">What the modules read or wrote in the build cache while making the outputs.</param>
    private sealed record Made(IReadOnlyList<Document> Outputs, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> CacheNames);

    /// <summary>The module's context, with every diagnostic also noted for replay.</summary>
    private sealed class RecordingContext(IExecutionContext inner) : IExecutionContext, IDiagnostics
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<Diagnostic> _reported = new();

        public IEnumerable<Diagnostic> Reported => _reported;

        public string PipelineName => inner.PipelineName;

        public Phase Phase => inner.Phase;

        public IDiagnostics Diagnostics => this;

        public CancellationToken CancellationToken => inner.CancellationToken;

        public IReadOnlyList<string> PipelineNames => inner.PipelineNames;

        public T GetService<T>()
            where T : class => inner.GetService<T>();

        public T? FindService<T>()
            where T : class => inner.FindService<T>();

        public IReadOnlyList<Document> OutputsOf(string pipeline) => inner.OutputsOf(pipeline);

        public void Report(Diagnostic diagnostic)
        {
            _reported.Enqueue(diagnostic);
            inner.Diagnostics.Report(diagnostic);
        }
    }
}
