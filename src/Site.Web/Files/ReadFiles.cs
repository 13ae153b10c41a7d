using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Web.Paths;

namespace Site.Web.Files;

/// <summary>
/// Reads the markdown files of a content root (e.g. <c>seeds/</c>) into documents. Files are read in
/// a stable (ordinal) order, so every later step sees the same input order on every machine.
/// </summary>
public sealed class ReadFiles(string siteRoot, string contentRoot, params string[] extensions) : IModule
{
    public string Name => $"ReadFiles({contentRoot})";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var folder = Path.Combine(siteRoot, contentRoot);
        if (!Directory.Exists(folder))
        {
            return Task.FromResult<IReadOnlyList<Document>>(inputs);
        }

        var files = FileWalker.Find(folder, extensions)
            .Select(full => SitePath.Relative(folder, full))
            .Order(StringComparer.Ordinal)
            .ToList();
        var read = new Document[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
        {
            var source = new SourceFile(contentRoot, files[i]);
            var bytes = File.ReadAllBytes(Path.Combine(folder, files[i]));
            var text = SourceText.Decode(bytes, source.SitePath, context.Diagnostics);
            read[i] = new Document(source.SitePath, null, Metadata.Empty.With(WebKeys.SourceFile, source), new TextContent(text));
        });
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, .. read]);
    }
}
