using Site.Engine.Diagnostics;
using Site.Web.Output;
using Site.Web.Tests.Support;

namespace Site.Web.Tests.Output;

/// <summary>
/// A build is staged in a fresh folder inside ".staging-NAME" beside the output, which ext4 is
/// asked to treat as the top of new trees (so the staged tree is not placed among the inodes of
/// the output deleted just before), and swapped in whole.
/// </summary>
public sealed class StagingOutputTests
{
    [Fact]
    public void Stages_inside_a_folder_marked_as_the_top_of_new_trees_where_the_file_system_knows_the_mark()
    {
        using var folder = new TempDirectory();
        using var output = new StagingOutput(folder.Combine("site"));

        var holder = Path.GetDirectoryName(output.Folder)!;
        Assert.Equal(folder.Combine(".staging-site"), holder);
        if (OperatingSystem.IsLinux() && FileSystemType(folder.Path) == "ext2/ext3")
        {
            // ext2, ext3 and ext4 all report this type; `lsattr` is e2fsprogs' own reading of the flags.
            Assert.True(FolderPlacement.StartsTrees(holder));
            Assert.Contains('T', Processes.Run("lsattr", ["-d", holder]).Split(' ')[0]);
        }
        else
        {
            Assert.False(FolderPlacement.StartsTrees(holder));
        }

        Assert.False(FolderPlacement.StartsTrees(output.Folder)); // the mark is not inherited: the staged tree stays together
    }

    [Fact]
    public void Commit_swaps_the_staged_site_in_and_leaves_nothing_else_beside_it()
    {
        using var folder = new TempDirectory();
        folder.Write("site/old.html", "previous build");
        using (var output = new StagingOutput(folder.Combine("site")))
        {
            output.Write("index.html", "new build".AsSpan(), "index.md", new DiagnosticBag());
            output.Commit();
        }

        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
        Assert.Equal(["index.html"], Directory.EnumerateFileSystemEntries(folder.Combine("site")).Select(Path.GetFileName));
        Assert.Equal("new build", File.ReadAllText(folder.Combine("site/index.html")));
    }

    [Fact]
    public void A_build_disposed_without_commit_leaves_the_previous_site_and_no_staging_folder()
    {
        using var folder = new TempDirectory();
        folder.Write("site/index.html", "previous build");
        using (var output = new StagingOutput(folder.Combine("site")))
        {
            output.Write("index.html", "failed build".AsSpan(), "index.md", new DiagnosticBag());
        }

        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
        Assert.Equal("previous build", File.ReadAllText(folder.Combine("site/index.html")));
    }

    [Fact]
    public void When_the_staged_site_cannot_be_moved_in_the_previous_site_is_put_back()
    {
        using var folder = new TempDirectory();
        folder.Write("site/index.html", "previous build");
        using var output = new StagingOutput(folder.Combine("site"));
        Directory.Delete(output.Folder, recursive: true); // as if something removed it mid-build

        Assert.ThrowsAny<IOException>(output.Commit);

        Assert.Equal("previous build", File.ReadAllText(folder.Combine("site/index.html")));
        Assert.Empty(Directory.EnumerateDirectories(folder.Path, ".retired-*"));
    }

    [Fact]
    public void A_file_where_the_output_folder_should_be_is_refused_before_anything_is_staged()
    {
        using var folder = new TempDirectory();
        folder.Write("site", "a file");

        var refused = Assert.Throws<IOException>(() => new StagingOutput(folder.Combine("site")));

        Assert.Contains("is a file", refused.Message, StringComparison.Ordinal);
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void What_an_interrupted_build_left_is_removed_by_the_next_one()
    {
        using var folder = new TempDirectory();
        folder.Write(".staging-site/0123456789ab/index.html", "staged, never committed");
        folder.Write(".staging-site-0123456789ab/index.html", "staged by an older version");
        folder.Write(".retired-site-0123456789ab/index.html", "swapped out, never deleted");
        folder.Write(".staging-other/0123456789ab/index.html", "another output's build");

        using (var output = new StagingOutput(folder.Combine("site")))
        {
            Assert.Equal([Path.GetFileName(output.Folder)], Directory.EnumerateDirectories(folder.Combine(".staging-site")).Select(Path.GetFileName));
            output.Commit();
        }

        Assert.Equal([".staging-other", "site"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private static string FileSystemType(string path) => Processes.Run("stat", ["-f", "-c", "%T", path]).Trim();
}
