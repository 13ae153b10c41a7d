using Site.Web.Files;
using Site.Web.Tests.Support;
using Xunit;

namespace Site.Web.Tests.Files;

public class FileWalkerTests
{
    [Fact]
    public void Finds_markdown_at_any_depth_but_not_through_links_or_in_skipped_folders()
    {
        using var outside = new TempDirectory();
        File.WriteAllText(outside.Combine("secret.md"), "# outside the tree");
        Directory.CreateDirectory(outside.Combine("elsewhere"));
        File.WriteAllText(Path.Combine(outside.Path, "elsewhere", "far.md"), "# far");

        using var root = new TempDirectory();
        Write(root, "a.md");
        Write(root, "B.MD");
        Write(root, ".draft.md");
        Write(root, "notes.txt");
        Write(root, "nested/deeper/c.md");
        Write(root, ".git/d.md");
        Write(root, "node_modules/pkg/e.md");
        Write(root, ".hidden/f.md");
        File.CreateSymbolicLink(root.Combine("linked.md"), outside.Combine("secret.md"));
        Directory.CreateSymbolicLink(root.Combine("linked-folder"), outside.Combine("elsewhere"));

        var found = FileWalker.Find(root.Path, [".md"])
            .Select(full => Path.GetRelativePath(root.Path, full).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal([".draft.md", "B.MD", "a.md", "nested/deeper/c.md"], found);
    }

    [Fact]
    public void Without_extensions_every_file_is_found()
    {
        using var root = new TempDirectory();
        Write(root, "a.md");
        Write(root, "sub/b.yml");

        var found = FileWalker.Find(root.Path, []).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["a.md", "b.yml"], found);
    }

    private static void Write(TempDirectory root, string relative)
    {
        var full = root.Combine(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, "# " + relative);
    }
}
