using Site.Engine.Documents;

namespace Site.Engine.Modules;

/// <summary>
/// Runs a chain of modules on each document separately (in parallel), instead of running each
/// module over all documents. Render-then-write chains use it so that only a few rendered pages
/// are in memory at once.
/// </summary>
public sealed class ForEachDocument(params IModule[] modules) : IModule
{
    public string Name => "ForEachDocument(" + string.Join(", ", modules.Select(m => m.Name)) + ")";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
        => Task.FromResult(ParallelMap.Run(inputs, context, (document, ctx) => RunChain(document, ctx)));

    private IReadOnlyList<Document> RunChain(Document document, IExecutionContext context)
    {
        IReadOnlyList<Document> current = [document];
        foreach (var module in modules)
        {
            // Inner modules may be parallel themselves; one document at a time keeps that cheap.
            current = module.ExecuteAsync(current, context).GetAwaiter().GetResult();
        }

        return current;
    }
}
