using Site.Web.Tests.Support;
using Site.Web.Toc;

namespace Site.Web.Tests.Toc;

/// <summary>The real seed documents through doctoc and through ours.</summary>
public sealed class SeedTests
{
    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Seeds, "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_ends_up_as_doctoc_leaves_it(string file)
    {
        var expected = DoctocReference.Outputs(RepositoryPaths.Seeds, [])[file];
        var input = TestFiles.Read(Path.Combine(RepositoryPaths.Seeds, file));

        var result = DoctocUpdater.Update(input, DoctocOptions.Default, file);

        Assert.Equal(TestFiles.Visible(expected), TestFiles.Visible(result.Content));
        Assert.Equal(expected != input, result.Changed);
    }

    [Fact]
    public void A_seed_block_that_doctoc_keeps_is_current()
    {
        var current = Directory.GetFiles(RepositoryPaths.Seeds, "*.md")
            .Where(file => TestFiles.Read(file) == DoctocReference.Outputs(RepositoryPaths.Seeds, [])[Path.GetFileName(file)])
            .ToList();

        Assert.NotEmpty(current);
        foreach (var file in current)
        {
            var content = TestFiles.Read(file);
            Assert.Contains(DoctocUpdater.StartComment, content, StringComparison.Ordinal);
            Assert.Equal(DoctocOutcome.Unchanged, DoctocUpdater.Update(content, DoctocOptions.Default, file).Outcome);
        }
    }
}
