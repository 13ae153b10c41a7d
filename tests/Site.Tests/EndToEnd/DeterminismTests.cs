using Site.Web.Tests.Support;

namespace Site.Tests.EndToEnd;

public sealed class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_same_inputs_are_byte_identical()
    {
        using var first = BuiltSite.Build(RepositoryPaths.Root);
        using var second = BuiltSite.Build(RepositoryPaths.Root);

        var files = first.Files().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, second.Files().Order(StringComparer.Ordinal).ToList());
        foreach (var file in files)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(first.Output, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second.Output, file))),
                $"{file} differs between two builds");
        }
    }
}
