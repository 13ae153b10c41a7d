using Site.Engine.Diagnostics;
using Site.Engine.Documents;

namespace Site.Engine.Modules;

/// <summary>
/// Base for modules that treat each document on its own. Documents are processed in parallel and
/// the output keeps the input order, so results are deterministic. A document whose processing
/// throws is reported as an error at its source file and dropped; the others go on.
/// </summary>
public abstract class PerDocumentModule : IModule
{
    public virtual string Name => GetType().Name;

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
        => Task.FromResult(ParallelMap.Run(inputs, context, Execute));

    /// <summary>Returns the documents that replace <paramref name="input"/>: usually one, possibly none.</summary>
    protected abstract IEnumerable<Document> Execute(Document input, IExecutionContext context);
}

/// <summary>Ordered parallel map over documents with per-document error isolation.</summary>
public static class ParallelMap
{
    public static IReadOnlyList<Document> Run(
        IReadOnlyList<Document> inputs,
        IExecutionContext context,
        Func<Document, IExecutionContext, IEnumerable<Document>> execute)
    {
        var results = new IReadOnlyList<Document>[inputs.Count];
        var options = new ParallelOptions
        {
            CancellationToken = context.CancellationToken,
            MaxDegreeOfParallelism = Environment.ProcessorCount,
        };
        Parallel.For(0, inputs.Count, options, i =>
        {
            try
            {
                results[i] = execute(inputs[i], context).ToList();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var source = inputs[i].Source is { } path ? new SourceLocation(path) : (SourceLocation?)null;
                context.Diagnostics.Report(Diagnostic.Error(
                    $"{ex.GetType().Name} while running {context.PipelineName}: {ex.Message}", source, "engine.exception"));
                results[i] = [];
            }
        });
        return results.SelectMany(r => r).ToList();
    }
}
