using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Site.Tests.Check;

/// <summary>Each --format of `site check` on the broken-link fixture, read back by a parser of that format.</summary>
public sealed partial class ReportFormatTests
{
    [Fact]
    public async Task Json_is_the_only_thing_on_stdout_and_carries_every_field()
    {
        using var site = LinkFixture.Create();

        var run = await site.CheckAsync("--format", "json");

        Assert.Equal(1, run.Exit);
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        string[] keys = ["source", "line", "column", "url", "severity", "code", "message", "hint"];
        Assert.All(document.RootElement.EnumerateArray(), item => Assert.Equal(keys, item.EnumerateObject().Select(p => p.Name)));
        var anchor = ReportedProblem.ParseAll(run.Output).Single(p => p.Url == "#usage-2");
        Assert.Equal("#usage-2: no such anchor on /docs/guide/", anchor.Message);
        Assert.Equal("did you mean #usage-1?", anchor.Hint);
        Assert.Contains($"{LinkFixture.Broken.Count} errors", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_order_is_stable_between_runs()
    {
        using var site = LinkFixture.Create();

        var first = await site.CheckAsync("--format", "json");
        var second = await site.CheckAsync("--format", "json");

        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public async Task GitHub_prints_one_workflow_command_per_broken_link_with_file_line_and_col()
    {
        using var site = LinkFixture.Create();

        var run = await site.CheckAsync("--format", "github");

        Assert.Equal(1, run.Exit);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        var parsed = lines.Select(line => WorkflowCommand().Match(line)).ToList();
        Assert.All(parsed, match => Assert.True(match.Success, match.Value));
        Assert.All(parsed, match => Assert.Equal("error", match.Groups["command"].Value));
        Assert.Equal(
            LinkFixture.Expected(site).Select(e => (e.File, e.Line, e.Column)),
            parsed.Select(m => (m.Groups["file"].Value, Number(m.Groups["line"].Value), Number(m.Groups["col"].Value))));
        Assert.Contains(lines, line => line.EndsWith("::#重点: no such anchor on /docs/guide/ (did you mean #重点主题?)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task JUnit_has_one_suite_a_passing_case_per_clean_file_and_a_failing_case_per_broken_link()
    {
        using var site = LinkFixture.Create();

        var run = await site.CheckAsync("--format", "junit");

        Assert.Equal(1, run.Exit);
        var report = XDocument.Parse(run.Output);
        var suite = Assert.Single(report.Descendants("testsuite"));
        var cases = suite.Elements("testcase").ToList();
        var failing = cases.Where(c => c.Element("failure") is not null).ToList();
        Assert.Equal(cases.Count, (int)suite.Attribute("tests")!);
        Assert.Equal(LinkFixture.Broken.Count, (int)suite.Attribute("failures")!);
        Assert.Equal(
            LinkFixture.Expected(site).Select(e => (e.File, e.Line, $"{e.File}:{e.Line}:{e.Column}", e.Code)),
            failing.Select(c => (
                (string)c.Attribute("file")!,
                (int)c.Attribute("line")!,
                ((string)c.Attribute("name")!).Split(' ')[0],
                (string)c.Element("failure")!.Attribute("type")!)));
        Assert.All(failing, c => Assert.StartsWith((string)c.Attribute("name")!.Value.Split(' ')[0] + ": error: ", c.Element("failure")!.Value, StringComparison.Ordinal));
        var clean = Assert.Single(cases, c => (string?)c.Attribute("file") == LinkFixture.Other);
        Assert.Empty(clean.Elements());
        Assert.Equal("seeds/other", (string)clean.Attribute("classname")!);
    }

    [Fact]
    public async Task Sarif_has_a_rule_per_code_and_results_at_relative_locations()
    {
        using var site = LinkFixture.Create();

        var run = await site.CheckAsync("--format", "sarif");

        Assert.Equal(1, run.Exit);
        using var document = JsonDocument.Parse(run.Output);
        var log = document.RootElement;
        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        var sarifRun = Assert.Single(log.GetProperty("runs").EnumerateArray());
        var driver = sarifRun.GetProperty("tool").GetProperty("driver");
        Assert.Equal("site", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
        Assert.Equal(["link.anchor", "link.missing"], rules);
        var results = sarifRun.GetProperty("results").EnumerateArray().ToList();
        Assert.All(results, result =>
        {
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
            Assert.Equal(rules[result.GetProperty("ruleIndex").GetInt32()], result.GetProperty("ruleId").GetString());
            Assert.Equal("error", result.GetProperty("level").GetString());
        });
        var locations = results.Select(r =>
        {
            var physical = Assert.Single(r.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            var artifact = physical.GetProperty("artifactLocation");
            Assert.Equal("SRCROOT", artifact.GetProperty("uriBaseId").GetString());
            var region = physical.GetProperty("region");
            return (artifact.GetProperty("uri").GetString()!, region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), r.GetProperty("ruleId").GetString()!);
        });
        Assert.Equal(LinkFixture.Expected(site).Select(e => (e.File, e.Line, e.Column, e.Code)), locations);
        var root = sarifRun.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString()!;
        Assert.True(Uri.TryCreate(root, UriKind.Absolute, out var rootUri) && rootUri.IsFile && root.EndsWith('/'), root);
    }

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    // file is a property value: ':' and ',' would have been escaped as %3A and %2C.
    [GeneratedRegex("^::(?<command>error|warning|notice) file=(?<file>[^,:]+),line=(?<line>\\d+),col=(?<col>\\d+)::(?<message>.+)$")]
    private static partial Regex WorkflowCommand();
}
