using Site.Engine.Diagnostics;
using Site.Releases.Settings;
using Site.Web.Settings;

namespace Site.Releases.Tests;

/// <summary>input/releases.yml through YamlDotNet's generated reader: every key at its line, unknown ones refused.</summary>
public sealed class ReleaseSettingsTests
{
    [Fact]
    public void Keys_are_read_into_their_properties()
    {
        var settings = Parse("product: Kubernetes\nproductAliases: [K8s]\ngroupKindNames:\n  sig: SIG\nsections:\n  knownIssues: [Known Issues]\n", out var diagnostics);

        Assert.False(diagnostics.HasErrors);
        Assert.Equal(["Kubernetes", "K8s"], settings!.ProductNames);
        Assert.Equal("SIG", settings.GroupKindNames["sig"]);
        Assert.Equal(["Known Issues"], settings.Sections.KnownIssues);
    }

    [Theory]
    [InlineData("produkt: Kubernetes\n", 1, "produkt")]
    [InlineData("product: Kubernetes\nproductNames: [x]\n", 2, "productNames")]
    [InlineData("sections:\n  knownIssue: [x]\n", 2, "knownIssue")]
    public void An_unknown_or_computed_key_is_an_error_at_its_line(string yaml, int line, string key)
    {
        var settings = Parse(yaml, out var diagnostics);

        Assert.Null(settings);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("input/releases.yml", line), (error.Location?.Path, error.Location?.Line));
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    private static ReleaseSettings? Parse(string yaml, out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        return YamlSettings.Parse<ReleaseSettings>(yaml, "input/releases.yml", diagnostics, new ReleaseSettingsYaml());
    }
}
