using Site.Cli.Reporting;
using Site.Engine.Diagnostics;

namespace Site.Tests.Check;

/// <summary>GitHub's workflow-command escaping, and what is left out when a location is partly unknown.</summary>
public sealed class GitHubAnnotationTests
{
    [Fact]
    public void Message_escapes_percent_first_then_line_breaks()
    {
        var diagnostic = Diagnostic.Error("100%0A sure\r\nnext line", new SourceLocation("seeds/a.md", 3, 7));

        Assert.Equal("::error file=seeds/a.md,line=3,col=7::100%250A sure%0D%0Anext line", GitHubAnnotationWriter.Command(diagnostic));
    }

    [Fact]
    public void Property_values_also_escape_colon_and_comma()
    {
        var diagnostic = Diagnostic.Warning("moved", new SourceLocation("docs/a,b:c%.md", 1, 2));

        Assert.Equal("::warning file=docs/a%2Cb%3Ac%25.md,line=1,col=2::moved", GitHubAnnotationWriter.Command(diagnostic));
    }

    [Fact]
    public void Unknown_line_and_column_are_left_out()
    {
        Assert.Equal("::error file=theme/Pages/SourcePage.razor::broken", GitHubAnnotationWriter.Command(Diagnostic.Error("broken", new SourceLocation("theme/Pages/SourcePage.razor"))));
        Assert.Equal("::error file=a.md,line=4::broken", GitHubAnnotationWriter.Command(Diagnostic.Error("broken", new SourceLocation("a.md", 4))));
        Assert.Equal("::error::broken", GitHubAnnotationWriter.Command(Diagnostic.Error("broken")));
    }

    [Fact]
    public void The_hint_follows_the_message_and_info_is_a_notice()
    {
        Assert.Equal("::error file=a.md,line=1,col=1::#x: no such anchor (did you mean #y?)",
            GitHubAnnotationWriter.Command(Diagnostic.Error("#x: no such anchor", new SourceLocation("a.md", 1, 1), "link.anchor", "did you mean #y?")));
        Assert.Equal("::notice::fyi", GitHubAnnotationWriter.Command(Diagnostic.Info("fyi")));
    }
}
