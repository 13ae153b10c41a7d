using Site.Engine.Documents;

namespace Site.Engine.Modules;

/// <summary>A verb: documents in, documents out. Modules never mutate their inputs.</summary>
public interface IModule
{
    string Name => GetType().Name;

    Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context);
}
