using Site.Cli;
using Site.Web.Tests.Support;

namespace Site.Tests.Commands;

/// <summary>`site toc` end to end: files on disk, exit codes and what it prints.</summary>
public sealed class TocCommandTests
{
    private const string Stale = "# Title\n\n## Usage\n";

    [Fact]
    public async Task Check_passes_what_doctoc_wrote()
    {
        using var temp = new TempDirectory();
        TestFiles.Write(temp.Combine("page.md"), Stale);
        TestFiles.Write(temp.Combine("notes.markdown"), "Intro\n===\n\n## 重点主题\n\n## Feature & Design\n");
        Node.RunDoctoc(temp.Path, []);

        var (exit, output, error) = await Run("toc", "--check", temp.Path);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("2 current", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_fails_a_stale_file_and_leaves_it_alone()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("page.md");
        TestFiles.Write(path, Stale);

        var (exit, output, _) = await Run("toc", "--check", temp.Path);

        Assert.Equal(1, exit);
        Assert.Contains("stale", output, StringComparison.Ordinal);
        Assert.Contains("page.md", output, StringComparison.Ordinal);
        Assert.Equal(Stale, TestFiles.Read(path));
    }

    [Fact]
    public async Task Updates_files_as_doctoc_does()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("docs"));
        Directory.CreateDirectory(temp.Combine("node_modules"));
        TestFiles.Write(temp.Combine("docs/page.md"), Stale);
        TestFiles.Write(temp.Combine("node_modules/ignored.md"), Stale);
        TestFiles.Write(temp.Combine("expected.md"), Stale);
        Node.RunDoctoc(temp.Combine("expected.md"), ["--maxlevel", "1"]);

        var (exit, output, _) = await Run("toc", "--maxlevel", "1", temp.Combine("docs"), temp.Combine("node_modules/../docs"));

        Assert.Equal(0, exit);
        Assert.Contains("updated", output, StringComparison.Ordinal);
        Assert.Equal(TestFiles.Read(temp.Combine("expected.md")), TestFiles.Read(temp.Combine("docs/page.md")));
        Assert.Equal(Stale, TestFiles.Read(temp.Combine("node_modules/ignored.md")));
    }

    [Fact]
    public async Task The_seed_blocks_are_current()
    {
        using var temp = new TempDirectory();
        var withBlock = Directory.GetFiles(RepositoryPaths.Seeds, "*.md")
            .Where(file => TestFiles.Read(file).Contains("<!-- START doctoc", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(withBlock);

        var (exit, output, _) = await Run(["toc", "--check", .. withBlock]);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("stale", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_without_end_is_reported_with_its_place()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("broken.md");
        var content = "# Title\n\n<!-- START doctoc generated TOC please keep comment here to allow auto update -->\n\n## Usage\n";
        TestFiles.Write(path, content);

        var (exit, _, error) = await Run("toc", path);

        Assert.Equal(1, exit);
        Assert.Contains("broken.md:3:1: error: doctoc START marker without an END marker", error, StringComparison.Ordinal);
        Assert.Equal(content, TestFiles.Read(path));
    }

    [Fact]
    public async Task A_missing_path_is_a_usage_error()
    {
        var (exit, _, error) = await Run("toc", Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(2, exit);
        Assert.Contains("no such file or directory", error, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> Run(params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await SiteCommandLine.RunAsync(arguments, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
