using Site.Web.Tests.Support;
using Site.Web.Toc;

namespace Site.Web.Tests.Toc;

/// <summary>Our updater against the real doctoc 2.5.0 over the tricky-heading corpus.</summary>
public sealed class DoctocCorpusTests
{
    public static TheoryData<string, string> Cases => CaseSets.Files();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Leaves_each_file_as_doctoc_does(string set, string file)
    {
        var (arguments, options) = CaseSets.All[set];
        var expected = DoctocReference.Outputs(CaseSets.Folder(set), arguments)[file];
        var input = Files.Read(Path.Combine(CaseSets.Folder(set), file));

        var result = DoctocUpdater.Update(input, options, file);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(Files.Visible(expected), Files.Visible(result.Content));
        Assert.Equal(expected != input, result.Changed);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rerun_on_doctoc_output_matches_doctoc_rerun(string set, string file)
    {
        var (arguments, options) = CaseSets.All[set];
        var once = DoctocReference.Outputs(CaseSets.Folder(set), arguments)[file];
        var twice = DoctocReference.Outputs(CaseSets.Folder(set), arguments, passes: 2)[file];

        var result = DoctocUpdater.Update(once, options, file);

        Assert.Equal(Files.Visible(twice), Files.Visible(result.Content));
        Assert.Equal(twice != once, result.Changed);
    }

    public static TheoryData<string> CrlfCases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CaseSets.Folder("default")).Order(StringComparer.Ordinal))
        {
            if (Files.Read(file).Contains('\n', StringComparison.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }
        }

        return data;
    }

    /// <summary>
    /// A CRLF file stays CRLF. Expected: doctoc's output for the CRLF file with its one known
    /// flaw mended (the bare LF it leaves after an updated END marker) and all endings CRLF.
    /// </summary>
    [Theory]
    [MemberData(nameof(CrlfCases))]
    public void Keeps_crlf_files_crlf(string file)
    {
        var doctoc = DoctocReference.Outputs(CaseSets.Folder("default"), [], "crlf", Files.ToCrlf)[file];
        var expected = Files.ToCrlf(WithoutBareLfAfterEnd(doctoc));
        var input = Files.ToCrlf(Files.Read(Path.Combine(CaseSets.Folder("default"), file)));

        var result = DoctocUpdater.Update(input, DoctocOptions.Default, file);

        Assert.Equal(Files.Visible(expected), Files.Visible(result.Content));
        Assert.DoesNotContain("\n", result.Content.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static string WithoutBareLfAfterEnd(string text)
    {
        var end = text.IndexOf("<!-- END doctoc ", StringComparison.Ordinal);
        if (end < 0)
        {
            return text;
        }

        var lineEnd = text.IndexOf("\r\n\n", end, StringComparison.Ordinal);
        var nextLine = text.IndexOf('\n', end);
        return lineEnd >= 0 && lineEnd + 1 == nextLine ? text.Remove(lineEnd + 2, 1) : text;
    }
}
