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
        var input = TestFiles.Read(Path.Combine(CaseSets.Folder(set), file));

        var result = DoctocUpdater.Update(input, options, file);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(TestFiles.Visible(expected), TestFiles.Visible(result.Content));
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

        Assert.Equal(TestFiles.Visible(twice), TestFiles.Visible(result.Content));
        Assert.Equal(twice != once, result.Changed);
    }

    public static TheoryData<string> CrlfCases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CaseSets.Folder("default")).Order(StringComparer.Ordinal))
        {
            if (TestFiles.Read(file).Contains('\n', StringComparison.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }
        }

        return data;
    }

    /// <summary>
    /// A CRLF file stays CRLF, and ends up as the same file with LF endings would, with CRLF
    /// endings: doctoc's own output for CRLF files is flawed after an updated END marker (a bare
    /// LF, or worse after front matter). Only the anchor of a heading spanning lines differs,
    /// as it encodes the line ending itself.
    /// </summary>
    [Theory]
    [MemberData(nameof(CrlfCases))]
    public void Keeps_crlf_files_crlf(string file)
    {
        var doctoc = DoctocReference.Outputs(CaseSets.Folder("default"), [])[file];
        var expected = TestFiles.ToCrlf(doctoc).Replace("%0A", "%0D%0A", StringComparison.Ordinal);
        var input = TestFiles.ToCrlf(TestFiles.Read(Path.Combine(CaseSets.Folder("default"), file)));

        var result = DoctocUpdater.Update(input, DoctocOptions.Default, file);

        Assert.Equal(TestFiles.Visible(expected), TestFiles.Visible(result.Content));
        Assert.DoesNotContain("\n", result.Content.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    /// <summary>Where doctoc writes CRLF files well (a new block), we agree with it byte for byte.</summary>
    [Theory]
    [MemberData(nameof(CrlfCases))]
    public void New_blocks_in_crlf_files_match_doctoc(string file)
    {
        var input = TestFiles.ToCrlf(TestFiles.Read(Path.Combine(CaseSets.Folder("default"), file)));
        if (input.Contains("<!-- START doctoc", StringComparison.Ordinal))
        {
            return;
        }

        var expected = DoctocReference.Outputs(CaseSets.Folder("default"), [], "crlf", TestFiles.ToCrlf)[file];

        Assert.Equal(TestFiles.Visible(expected), TestFiles.Visible(DoctocUpdater.Update(input, DoctocOptions.Default, file).Content));
    }
}
