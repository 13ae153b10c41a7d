using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Site.Cli.Build;
using Site.Web.Tests.Support;

namespace Site.Tests.EndToEnd;

/// <summary>A site built in-process into a temporary folder, with helpers to read its pages.</summary>
internal sealed class BuiltSite : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TempDirectory _temp;

    private BuiltSite(TempDirectory temp, SiteBuilder.Result result)
    {
        _temp = temp;
        Result = result;
    }

    public SiteBuilder.Result Result { get; }

    public string Output => _temp.Combine("output");

    public static BuiltSite Build(string root, string? basePath = null)
    {
        var temp = new TempDirectory();
        var options = new BuildOptions { Root = root, Output = temp.Combine("output"), BasePath = basePath, Quiet = true };
        return new BuiltSite(temp, SiteBuilder.RunAsync(options).GetAwaiter().GetResult());
    }

    /// <summary>Every diagnostic, one per line, for assertion messages.</summary>
    public string Report => string.Join('\n', Result.Diagnostics.Sorted().Select(d => d.ToString()));

    public bool Exists(string relativePath) => File.Exists(PathOf(relativePath));

    public string Text(string relativePath) => File.ReadAllText(PathOf(relativePath));

    public IDocument Page(string relativePath)
    {
        var path = PathOf(relativePath.EndsWith('/') ? relativePath + "index.html" : relativePath);
        Assert.True(File.Exists(path), $"{relativePath} was not written");
        return Parser.ParseDocument(File.ReadAllText(path));
    }

    public IEnumerable<string> Files()
        => Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'));

    private string PathOf(string relativePath) => Path.Combine(Output, relativePath.TrimStart('/'));

    public void Dispose() => _temp.Dispose();
}

/// <summary>The repository's own seeds, built once for all tests of a class.</summary>
public sealed class SeedSiteFixture : IDisposable
{
    internal BuiltSite Site { get; } = BuiltSite.Build(RepositoryPaths.Root);

    public void Dispose() => Site.Dispose();
}
