using Site.Web.Markdown;
using Xunit;

namespace Site.Web.Tests.Markdown;

public class DeferredTextSectionsTests
{
    [Fact]
    public void Sections_read_as_a_list_are_made_once_and_kept_but_made_unkept_are_made_each_time()
    {
        var made = 0;
        var sections = new DeferredTextSections(() =>
        {
            made++;
            return [new TextSection("notes", "Notes", "text " + made)];
        });

        Assert.Equal("text 1", sections.MakeUnkept()[0].Text);
        Assert.Equal("text 2", sections.MakeUnkept()[0].Text);
        Assert.Equal(2, made);

        // Read as a list: made once more, then kept, and handed out by MakeUnkept too.
        Assert.Equal("text 3", Assert.Single(sections).Text);
        Assert.Equal("text 3", sections[0].Text);
        Assert.Equal("text 3", sections.MakeUnkept()[0].Text);
        Assert.Equal(3, made);
    }
}
