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
        root.Write("a.md", "# text");
        root.Write("B.MD", "# text");
        root.Write(".draft.md", "# text");
        root.Write("notes.txt", "# text");
        root.Write("nested/deeper/c.md", "# text");
        root.Write(".git/d.md", "# text");
        root.Write("node_modules/pkg/e.md", "# text");
        root.Write(".hidden/f.md", "# text");
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
        root.Write("a.md", "# text");
        root.Write("sub/b.yml", "# text");

        var found = FileWalker.Find(root.Path, []).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["a.md", "b.yml"], found);
    }
}
