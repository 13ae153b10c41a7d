using Site.Web.Tests.Links.External;

namespace Site.Tests.Check;

/// <summary>
/// `site check --external` against a real HTTP server on 127.0.0.1 (never the internet): every
/// external URL the site links to is asked once, problems are reported at the markdown line.
/// Each test uses its own URL paths, so the server's request counts never mix.
/// </summary>
public sealed class ExternalLinkCheckTests(LinkTestServer server) : IClassFixture<LinkTestServer>
{
    private const string Page = "seeds/links.md";

    [Fact]
    public async Task A_404_is_an_error_at_the_markdown_line_and_a_301_a_warning()
    {
        var id = NewId();
        using var site = Site(
            $"[fine]({server.Url($"/ok/{id}")}) and [gone]({server.Url($"/status/404/{id}")}#part)\n\n" +
            $"<a href=\"{server.Url($"/redirect/301/ok/{id}-new")}\">moved</a>\n");

        var run = await site.CheckAsync("--external", "--format", "json");

        Assert.Equal(1, run.Exit);
        var problems = ReportedProblem.ParseAll(run.Output);
        var gone = Assert.Single(problems, p => p.Severity == "error");
        Assert.Equal((Page, 1, site.Find(Page, "[gone]").Column), (gone.Source, gone.Line!.Value, gone.Column!.Value));
        Assert.Equal(server.Url($"/status/404/{id}"), gone.Url);
        Assert.Equal("link.external.broken", gone.Code);
        Assert.Contains("404", gone.Message, StringComparison.Ordinal);
        var moved = Assert.Single(problems, p => p.Severity == "warning");
        var (line, column) = site.Find(Page, server.Url($"/redirect/301/ok/{id}-new"));
        Assert.Equal((Page, line, column, "link.external.moved"), (moved.Source, moved.Line!.Value, moved.Column!.Value, moved.Code));
        Assert.Contains(server.Url($"/ok/{id}-new"), moved.Hint, StringComparison.Ordinal);
        Assert.Contains("External links: 3 URLs checked.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_warnings_exit_0()
    {
        var id = NewId();
        using var site = Site($"[moved]({server.Url($"/redirect/301/ok/{id}")})\n");

        var run = await site.CheckAsync("--external", "--format", "github");

        Assert.Equal(0, run.Exit);
        var line = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var (from, to) = (server.Url($"/redirect/301/ok/{id}"), server.Url($"/ok/{id}"));
        Assert.Equal($"::warning file={Page},line=1,col=1::external link {from}: moved permanently to {to} (link to {to} instead)", line.TrimEnd('\r'));
    }

    [Fact]
    public async Task A_warning_is_a_skipped_testcase_in_JUnit_and_a_warning_result_in_SARIF()
    {
        var id = NewId();
        using var site = Site($"[moved]({server.Url($"/redirect/308/ok/{id}")})\n");

        var junit = await site.CheckAsync("--external", "--format", "junit");
        var sarif = await site.CheckAsync("--external", "--format", "sarif");

        Assert.Equal((0, 0), (junit.Exit, sarif.Exit));
        var suite = Assert.Single(System.Xml.Linq.XDocument.Parse(junit.Output).Descendants("testsuite"));
        Assert.Equal((0, 1), ((int)suite.Attribute("failures")!, (int)suite.Attribute("skipped")!));
        var moved = Assert.Single(suite.Elements("testcase"), c => c.Element("skipped") is not null);
        Assert.Equal((Page, 1), ((string)moved.Attribute("file")!, (int)moved.Attribute("line")!));
        using var log = System.Text.Json.JsonDocument.Parse(sarif.Output);
        var result = Assert.Single(log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal(("warning", "link.external.moved"), (result.GetProperty("level").GetString(), result.GetProperty("ruleId").GetString()));
        Assert.Equal(server.Url($"/redirect/308/ok/{id}"), result.GetProperty("properties").GetProperty("url").GetString());
    }

    [Fact]
    public async Task Offline_makes_no_request_and_reports_nothing()
    {
        var id = NewId();
        var broken = $"/status/404/{id}";
        using var site = Site($"[gone]({server.Url(broken)})\n");

        var run = await site.CheckAsync("--external", "--offline");

        Assert.Equal(0, run.Exit);
        Assert.Equal(0, server.RequestCount(broken));
        Assert.Contains("External links: 1 URL not checked (offline).", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_external_no_request_is_made()
    {
        var id = NewId();
        var broken = $"/status/404/{id}";
        using var site = Site($"[gone]({server.Url(broken)})\n");

        var run = await site.CheckAsync();

        Assert.Equal(0, run.Exit);
        Assert.Equal(0, server.RequestCount(broken));
    }

    [Fact]
    public async Task A_second_run_answers_from_the_cache_and_clean_asks_again()
    {
        var id = NewId();
        var ok = $"/ok/{id}";
        var broken = $"/status/404/{id}";
        using var site = Site($"[fine]({server.Url(ok)}) [gone]({server.Url(broken)})\n");

        var first = await site.CheckAsync("--external", "--format", "json");
        var asked = (Ok: server.RequestCount(ok), Broken: server.RequestCount(broken));
        var second = await site.CheckAsync("--external", "--format", "json");
        var afterSecond = (Ok: server.RequestCount(ok), Broken: server.RequestCount(broken));
        var clean = await site.CheckAsync("--external", "--clean", "--format", "json");

        Assert.True(asked.Ok >= 1 && asked.Broken >= 1, $"first run asked {asked}");
        Assert.True(File.Exists(site.Combine(".site-cache/external-links.json")));
        Assert.Equal(asked, afterSecond);
        Assert.Contains("(2 from the cache)", second.Error, StringComparison.Ordinal);
        Assert.Equal(first.Output, second.Output);
        Assert.Equal((1, 1), (second.Exit, clean.Exit));
        Assert.True(server.RequestCount(ok) > asked.Ok && server.RequestCount(broken) > asked.Broken, "--clean asks again");
    }

    [Fact]
    public async Task Excluded_urls_are_not_asked()
    {
        var id = NewId();
        var broken = $"/status/404/{id}";
        using var site = Site($"[gone]({server.Url(broken)})\n", $"externalLinks:\n  exclude:\n    - '/status/404/{id}$'\n");

        var run = await site.CheckAsync("--external");

        Assert.Equal(0, run.Exit);
        Assert.Equal(0, server.RequestCount(broken));
        Assert.Contains("(1 excluded)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_only_a_template_wrote_is_reported_against_the_template()
    {
        // The edit links of source pages point into the repository; here the "repository" answers 404.
        var id = NewId();
        using var site = Site("# Links\n", $"repository: {server.Url($"/status/404/{id}")}\n");

        var run = await site.CheckAsync("--external", "--format", "json");

        Assert.Equal(1, run.Exit);
        var problems = ReportedProblem.ParseAll(run.Output);
        Assert.NotEmpty(problems);
        Assert.All(problems, p =>
        {
            Assert.Equal("theme/Pages/SourcePage.razor", p.Source);
            Assert.Null(p.Line);
            Assert.StartsWith(server.Url($"/status/404/{id}/"), p.Url, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Invalid_settings_are_an_error_at_the_settings_file()
    {
        using var site = Site("# Links\n", "externalLinks:\n  exclude:\n    - '(unclosed'\n");

        var run = await site.CheckAsync("--external", "--format", "json");

        Assert.Equal(1, run.Exit);
        var problem = Assert.Single(ReportedProblem.ParseAll(run.Output));
        Assert.Equal(("input/site.yml", "settings.invalid"), (problem.Source, problem.Code));
        Assert.Contains("(unclosed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_of_pages_whose_text_waited_in_the_scratch_file_are_checked()
    {
        // A page's links wait in the build's scratch file, in memory only until a 256 KB page of it
        // fills: 400 links of ~100 characters go to the file, and must still be readable when the
        // external check gathers them after the build.
        var id = NewId();
        var links = Enumerable.Range(0, 400).Select(i => $"- <a href=\"{server.Url($"/ok/{id}/{i}/{new string('x', 60)}")}\">{i}</a>");
        using var site = Site(string.Join('\n', links) + "\n\n[gone](" + server.Url($"/status/404/{id}") + ")\n");

        var run = await site.CheckAsync("--external", "--format", "json");

        Assert.Equal(1, run.Exit);
        Assert.Equal(server.Url($"/status/404/{id}"), Assert.Single(ReportedProblem.ParseAll(run.Output)).Url);
        Assert.Contains("External links: 401 URLs checked.", run.Error, StringComparison.Ordinal);
    }

    private static string NewId() => Guid.NewGuid().ToString("N")[..12];

    private static CheckSite Site(string markdown, string settings = "")
        => new CheckSite(CheckSite.MinimalSettings + settings).Write(Page, markdown);
}
