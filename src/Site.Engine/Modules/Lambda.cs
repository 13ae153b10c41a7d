using Site.Engine.Documents;

namespace Site.Engine.Modules;

/// <summary>Small adapters so a pipeline can use a function where a one-off module is clearer.</summary>
public static class Lambda
{
    /// <summary>A module that maps each document on its own (in parallel, order kept).</summary>
    public static IModule ForEach(string name, Func<Document, IExecutionContext, Document?> map)
        => new PerDocumentLambda(name, (d, c) => map(d, c) is { } result ? [result] : []);

    /// <summary>A module that maps each document to any number of documents.</summary>
    public static IModule ForEachMany(string name, Func<Document, IExecutionContext, IEnumerable<Document>> map)
        => new PerDocumentLambda(name, map);

    /// <summary>A module that sees all inputs at once.</summary>
    public static IModule All(string name, Func<IReadOnlyList<Document>, IExecutionContext, IEnumerable<Document>> map)
        => new AllLambda(name, map);

    private sealed class PerDocumentLambda(string name, Func<Document, IExecutionContext, IEnumerable<Document>> map)
        : PerDocumentModule
    {
        public override string Name => name;

        protected override IEnumerable<Document> Execute(Document input, IExecutionContext context) => map(input, context);
    }

    private sealed class AllLambda(string name, Func<IReadOnlyList<Document>, IExecutionContext, IEnumerable<Document>> map)
        : IModule
    {
        public string Name => name;

        public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
            => Task.FromResult<IReadOnlyList<Document>>(map(inputs, context).ToList());
    }
}
