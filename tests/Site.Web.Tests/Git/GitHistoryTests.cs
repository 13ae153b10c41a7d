using Site.Web.Git;
using Site.Web.Tests.Support;
using Xunit;

namespace Site.Web.Tests.Git;

public class GitHistoryTests
{
    [Fact]
    public void Each_file_is_dated_by_its_last_commit_under_the_site_root()
    {
        using var repo = new TempDirectory();
        Git(repo.Path, null, "init", "-q");
        repo.Write("site/seeds/a.md", "# text");
        repo.Write("site/seeds/b.md", "# text");
        repo.Write("other/c.md", "# text");
        Commit(repo.Path, "2024-01-02T03:04:05+00:00");
        repo.Write("site/seeds/b.md", "# changed");
        Commit(repo.Path, "2025-06-07T08:09:10+02:00");

        var history = GitHistory.Start(Path.Combine(repo.Path, "site"));

        Assert.Equal(DateTimeOffset.Parse("2024-01-02T03:04:05+00:00"), history.LastChanged("seeds/a.md"));
        Assert.Equal(DateTimeOffset.Parse("2025-06-07T08:09:10+02:00"), history.LastChanged("seeds/b.md"));
        Assert.Null(history.LastChanged("other/c.md"));
        Assert.Null(history.LastChanged("../other/c.md"));
        Assert.NotNull(history.Version);
    }

    [Fact]
    public void A_history_read_at_the_same_commit_is_the_one_read_before()
    {
        using var repo = new TempDirectory();
        Git(repo.Path, null, "init", "-q");
        repo.Write("a.md", "# text");
        Commit(repo.Path, "2024-01-02T03:04:05+00:00");
        var first = GitHistory.Start(repo.Path);

        var same = GitHistory.Start(repo.Path, first);
        repo.Write("a.md", "# changed");
        Commit(repo.Path, "2025-01-01T00:00:00+00:00");
        var later = GitHistory.Start(repo.Path, first);

        Assert.Equal(first.Fingerprint, same.Fingerprint);
        Assert.Equal(DateTimeOffset.Parse("2025-01-01T00:00:00+00:00"), later.LastChanged("a.md"));
        Assert.NotEqual(first.Fingerprint, later.Fingerprint);
    }

    [Fact]
    public void Outside_a_repository_nothing_is_dated()
    {
        using var folder = new TempDirectory();
        folder.Write("a.md", "# text");

        var history = GitHistory.Start(folder.Path);

        Assert.Null(history.LastChanged("a.md"));
        Assert.Null(history.Version);
        Assert.Equal(GitHistory.Empty.Fingerprint, history.Fingerprint);
    }

    private static void Commit(string repo, string date)
    {
        Git(repo, null, "add", "-A");
        Git(repo, date, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "change");
    }

    private static void Git(string workingDirectory, string? date, params string[] arguments)
    {
        // A temp folder under a checkout (or a CI runner's) must be a repository of its own.
        var environment = new Dictionary<string, string> { ["GIT_CEILING_DIRECTORIES"] = Path.GetDirectoryName(workingDirectory.TrimEnd('/'))! };
        if (date is not null)
        {
            environment["GIT_AUTHOR_DATE"] = date;
            environment["GIT_COMMITTER_DATE"] = date;
        }

        Processes.Run("git", arguments, workingDirectory, environment);
    }
}
