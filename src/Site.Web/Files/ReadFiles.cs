using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Web.Caching;
using Site.Web.Paths;
using Site.Web.Text;

namespace Site.Web.Files;

/// <summary>
/// Reads the markdown files of a content root (e.g. <c>seeds/</c>) into documents. Files are read in
/// a stable (ordinal) order, so every later step sees the same input order on every machine.
/// With a build cache (the preview), a file whose length and modification time are what they were
/// is not read again: its last document is handed out. The preview also forgets the files its
/// watcher saw change (<see cref="CacheName"/>), as two writes within one tick of the file
/// system's clock can leave both unchanged.
/// </summary>
public sealed class ReadFiles(string siteRoot, string contentRoot, params string[] extensions) : IModule
{
    /// <summary>The build cache entry of a file (its path under the site root, '/'-separated); "" gives the prefix of them all.</summary>
    public static string CacheName(string sitePath) => "file:" + sitePath;

    public string Name => $"ReadFiles({contentRoot})";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var folder = Path.Combine(siteRoot, contentRoot);
        if (!Directory.Exists(folder))
        {
            if (Unusable(siteRoot, contentRoot) is { } problem)
            {
                context.Diagnostics.Report(Diagnostic.Error(problem, new SourceLocation(contentRoot, 1, 1), "content.root-missing"));
            }

            return Task.FromResult<IReadOnlyList<Document>>(inputs);
        }

        var files = FileWalker.Find(folder, extensions)
            .Select(full => SitePath.Relative(folder, full))
            .Order(StringComparer.Ordinal)
            .ToList();
        var cache = context.FindService<BuildCache>();
        var read = new Document[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
        {
            var source = new SourceFile(contentRoot, files[i]);
            var full = Path.Combine(folder, files[i]);
            if (cache is null)
            {
                read[i] = Read(source, full, context.Diagnostics);
                return;
            }

            var file = new FileInfo(full);
            var stamp = new Fingerprint().Add(file.Length).Add(file.LastWriteTimeUtc.Ticks).Value;
            // A file with warnings (invalid UTF-8, ...) is read again each time, so they are reported each time.
            read[i] = cache.GetOrMake(CacheName(source.SitePath), stamp, context.Diagnostics, reported => Read(source, full, reported));
        });
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, .. read]);
    }

    /// <summary>
    /// Why a content root cannot be read, or null when it is a folder or simply absent. A site may
    /// have no such folder; but a link to a folder that is gone, or a file in its place, would
    /// otherwise give a site without those pages and not a word about it.
    /// </summary>
    public static string? Unusable(string siteRoot, string contentRoot)
    {
        var folder = Path.Combine(siteRoot, contentRoot);
        if (Directory.Exists(folder))
        {
            return null;
        }

        return new DirectoryInfo(folder).LinkTarget is { } target ? $"{contentRoot}/ is a link to {target}, which does not exist"
            : File.Exists(folder) ? $"{contentRoot} is a file; its markdown files must be in a folder of that name"
            : null;
    }

    private static Document Read(SourceFile source, string fullPath, Engine.Diagnostics.IDiagnostics diagnostics)
    {
        var bytes = File.ReadAllBytes(fullPath);
        var text = SourceText.Decode(bytes, source.SitePath, diagnostics);
        return new Document(source.SitePath, null, Metadata.Empty.With(WebKeys.SourceFile, source), new TextContent(text));
    }
}
