using Site.Engine.Diagnostics;
using Site.Web.Settings;
using Site.Web.Tests.Support;

namespace Site.Web.Tests.Settings;

/// <summary>The theme's UI strings: a flat YAML mapping of keys to text, read from YAML's node tree.</summary>
public sealed class StringTableTests
{
    [Fact]
    public void Keys_without_text_are_left_out_so_the_base_language_fills_them()
    {
        var table = Load("a: text\nb:\nc: ~\nd: ''\ne: null\nf: \"~\"\ng: |\n  two\n  lines\n", out var diagnostics);

        Assert.False(diagnostics.HasErrors);
        Assert.Equal(["a", "d", "f", "g"], table!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("", table["d"]);
        Assert.Equal("~", table["f"]);
        Assert.Equal("two\nlines\n", table["g"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("~\n")]
    [InlineData("# only a comment\n")]
    public void An_empty_file_is_an_empty_table(string yaml)
    {
        var table = Load(yaml, out var diagnostics);

        Assert.False(diagnostics.HasErrors);
        Assert.Empty(table!);
    }

    [Theory]
    [InlineData("a: x\nb: [1, 2]\n", 2, "the value of 'b' must be text")]
    [InlineData("- a\n- b\n", 1, "expected a mapping")]
    [InlineData("a: x\na: y\n", 2, "a")]
    public void Anything_else_is_an_error_at_its_line(string yaml, int line, string message)
    {
        var table = Load(yaml, out var diagnostics);

        Assert.Null(table);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("theme/i18n/en.yml", line), (error.Location?.Path, error.Location?.Line));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string>? Load(string yaml, out DiagnosticBag diagnostics)
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("en.yml");
        File.WriteAllText(file, yaml);
        diagnostics = new DiagnosticBag();
        return YamlSettings.LoadStringTable(file, "theme/i18n/en.yml", diagnostics);
    }
}
