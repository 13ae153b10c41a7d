using Site.Theme.Services;

namespace Site.Tests.Theme;

/// <summary>A source page's body is put into the rendered template at its markers, split after its h1 when the title is the body's own.</summary>
public sealed class SourceBodySpliceTests
{
    private const string Body = "<h1 id=\"t\">Title</h1>\n<p>text</p>";

    private static string Splice(string shell, string body, bool titleInBody)
    {
        using var writer = new StringWriter();
        SourceBodySplice.Write(shell, body, titleInBody, writer);
        return writer.ToString();
    }

    [Fact]
    public void A_title_in_the_body_stays_first_and_the_details_follow_it()
    {
        var shell = "<header>" + SourceBodySplice.HeadMarker + "<p class=\"meta\"></p></header><div>" + SourceBodySplice.RestMarker + "</div>";
        Assert.Equal("<header><h1 id=\"t\">Title</h1><p class=\"meta\"></p></header><div>\n<p>text</p></div>", Splice(shell, Body, titleInBody: true));
    }

    [Fact]
    public void A_body_without_an_h1_goes_whole_after_the_details()
    {
        var shell = "<header>" + SourceBodySplice.HeadMarker + "<p class=\"meta\"></p></header><div>" + SourceBodySplice.RestMarker + "</div>";
        Assert.Equal("<header><p class=\"meta\"></p></header><div><p>only</p></div>", Splice(shell, "<p>only</p>", titleInBody: true));
    }

    [Fact]
    public void Under_a_template_title_the_whole_body_goes_at_the_rest_marker()
    {
        var shell = "<header><h1>Template</h1></header><div>" + SourceBodySplice.RestMarker + "</div>";
        Assert.Equal("<header><h1>Template</h1></header><div>" + Body + "</div>", Splice(shell, Body, titleInBody: false));
    }

    [Fact]
    public void A_template_without_the_marker_is_an_error_not_a_page_without_its_body()
        => Assert.Throws<InvalidOperationException>(() => Splice("<div></div>", Body, titleInBody: false));
}
