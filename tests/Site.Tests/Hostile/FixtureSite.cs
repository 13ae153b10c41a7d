using Site.Cli;
using Site.Web.Tests.Support;

namespace Site.Tests.Hostile;

/// <summary>
/// A site root in a temp folder with the repository's settings and the documents a test writes,
/// built through the real command line in-process (exit code and printed report included).
/// </summary>
internal sealed class FixtureSite : IDisposable
{
    private readonly TempDirectory _temp = new();

    public FixtureSite()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "input"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(RepositoryPaths.Root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Directory.CreateDirectory(Path.Combine(Root, "seeds"));
    }

    public string Root => _temp.Combine("site");

    public string Output => Path.Combine(Root, "output");

    public FixtureSite Write(string relativePath, string text) => WriteBytes(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    public FixtureSite WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(Root, relativePath));

    /// <summary>Runs `site build` and returns its exit code and everything it printed.</summary>
    public (int ExitCode, string Output, string Errors) Build(params string[] extra)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var task = SiteCommandLine.RunAsync(["build", "--root", Root, "--quiet", .. extra], output, errors);
        Assert.True(task.Wait(TimeSpan.FromMinutes(2)), "the build did not finish within two minutes");
        return (task.Result, output.ToString(), errors.ToString());
    }

    public string Read(string outputPath) => File.ReadAllText(Path.Combine(Output, outputPath));

    public void Dispose() => _temp.Dispose();
}
