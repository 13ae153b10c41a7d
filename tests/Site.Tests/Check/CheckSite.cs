using Site.Cli;
using Site.Web.Tests.Support;

namespace Site.Tests.Check;

/// <summary>
/// A site root in a temp folder — input/site.yml, input/releases.yml and markdown — that
/// `site check` runs on in-process. There is no theme/ folder: the CLI uses the theme shipped
/// next to the program, as it does for any site root.
/// </summary>
internal sealed class CheckSite : IDisposable
{
    public const string MinimalSettings = "title: Fixture\n";

    private readonly TempDirectory _temp = new();

    public CheckSite(string settings = MinimalSettings)
    {
        Write("input/site.yml", settings);
        Write("input/releases.yml", "product: Example\n");
        Directory.CreateDirectory(Combine("seeds"));
    }

    public string Root => _temp.Path;

    public string Combine(string relativePath) => Path.Combine(Root, relativePath);

    public CheckSite Write(string relativePath, string text)
    {
        var path = Combine(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        TestFiles.Write(path, text);
        return this;
    }

    public async Task<CheckRun> CheckAsync(params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await SiteCommandLine.RunAsync(["check", "--root", Root, .. arguments], output, error);
        return new CheckRun(exit, output.ToString(), error.ToString());
    }

    /// <summary>The 1-based line and column where <paramref name="snippet"/> starts in a file (it must occur once).</summary>
    public (int Line, int Column) Find(string relativePath, string snippet)
    {
        var lines = TestFiles.Read(Combine(relativePath)).Split('\n');
        (int, int)? found = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var at = lines[i].IndexOf(snippet, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            Assert.True(found is null && lines[i].IndexOf(snippet, at + 1, StringComparison.Ordinal) < 0, $"'{snippet}' occurs more than once in {relativePath}");
            found = (i + 1, at + 1);
        }

        return found ?? throw new InvalidOperationException($"'{snippet}' is not in {relativePath}");
    }

    public void Dispose() => _temp.Dispose();
}

internal sealed record CheckRun(int Exit, string Output, string Error);
