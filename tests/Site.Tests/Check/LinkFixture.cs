namespace Site.Tests.Check;

/// <summary>
/// A site whose pages link to each other in every way authors do — same-page anchors, duplicate
/// headings, Chinese headings (raw and percent-encoded), other markdown files with anchors from
/// sibling, nested and input/ folders, raw HTML inline and in blocks — half of them broken.
/// <see cref="Broken"/> lists each broken link once; every other link must pass.
/// </summary>
internal static class LinkFixture
{
    public const string Guide = "seeds/guide.md";
    public const string Other = "seeds/other.md";
    public const string Deep = "seeds/nested/deep.md";
    public const string About = "input/about.md";

    public const string GuideText = """
        # Guide

        ## Usage

        First usage section.

        ## Usage

        Second usage section, anchored as usage-1.

        ## 重点主题

        A Chinese heading.

        ## Good links

        - [same page](#usage)
        - [duplicate heading](#usage-1)
        - [chinese heading](#重点主题)
        - [chinese heading encoded](#%E9%87%8D%E7%82%B9%E4%B8%BB%E9%A2%98)
        - [other file](other.md)
        - [other file section](other.md#section)
        - [other file chinese](other.md#发布说明)
        - [up and back](../seeds/other.md#section)
        - [nested](nested/deep.md#deep-section)
        - [docs index](/docs/)
        - [top](#top)
        - <a href="#usage-1">raw duplicate heading</a> and <a href="/docs/other/#section">raw root-relative</a>
        - <a href="../other/#%E5%8F%91%E5%B8%83%E8%AF%B4%E6%98%8E">raw relative page url</a>

        <p>
        <a href="#重点主题">raw block good</a>
        </p>

        ## Broken links

        - [third usage](#usage-2)
        - [chinese missing](#重点)
        - [chinese missing encoded](#%E9%87%8D%E7%82%B9)
        - [other file missing section](other.md#no-such-section)
        - [up and back missing section](../seeds/other.md#nope)
        - [missing file](missing.md)
        - [missing file with anchor](../seeds/gone.md#x)
        - <a href="#raw-missing">raw missing anchor</a> and <a href="absent.md">raw missing file</a>
        - <a href="other.md#section">raw html is not rewritten, so this is other.md under /docs/guide/</a>

        <p>
        <a href="#raw-block-missing">raw block broken</a>
        </p>

        """;

    public const string OtherText = """
        # Other

        ## Section

        Text.

        ## 发布说明

        Release notes.

        """;

    public const string DeepText = """
        # Deep

        ## Deep Section

        [back up](../guide.md#重点主题) and [back up broken](../guide.md#missing-here)

        """;

    public const string AboutText = """
        # About

        [the guide](../seeds/guide.md#usage-1), [broken guide anchor](../seeds/guide.md#usage-3)

        """;

    /// <summary>A broken link: where it is (a snippet that starts at its reported column), what was written, the code.</summary>
    public sealed record BrokenLink(string File, string Snippet, int Offset, string Url, string Code);

    public static IReadOnlyList<BrokenLink> Broken { get; } =
    [
        Markdown(Guide, "third usage", "#usage-2", "link.anchor"),
        Markdown(Guide, "chinese missing", "#重点", "link.anchor"),
        Markdown(Guide, "chinese missing encoded", "#%E9%87%8D%E7%82%B9", "link.anchor"),
        Markdown(Guide, "other file missing section", "other.md#no-such-section", "link.anchor"),
        Markdown(Guide, "up and back missing section", "../seeds/other.md#nope", "link.anchor"),
        Markdown(Guide, "missing file", "missing.md", "link.missing"),
        Markdown(Guide, "missing file with anchor", "../seeds/gone.md#x", "link.missing"),
        RawHtml(Guide, "#raw-missing", "link.anchor"),
        RawHtml(Guide, "absent.md", "link.missing"),
        RawHtml(Guide, "other.md#section", "link.missing"),
        RawHtml(Guide, "#raw-block-missing", "link.anchor"),
        Markdown(Deep, "back up broken", "../guide.md#missing-here", "link.anchor"),
        Markdown(About, "broken guide anchor", "../seeds/guide.md#usage-3", "link.anchor"),
    ];

    public static CheckSite Create()
    {
        var site = new CheckSite();
        site.Write(Guide, GuideText).Write(Other, OtherText).Write(Deep, DeepText).Write(About, AboutText);
        return site;
    }

    /// <summary>(file, line, column, url, code) of every broken link, sorted as reports sort them.</summary>
    public static List<(string File, int Line, int Column, string Url, string Code)> Expected(CheckSite site)
        => Broken
            .Select(b =>
            {
                var (line, column) = site.Find(b.File, b.Snippet);
                return (File: b.File, Line: line, Column: column + b.Offset, b.Url, b.Code);
            })
            .OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column)
            .ToList();

    // A markdown link is reported at its '['.
    private static BrokenLink Markdown(string file, string text, string url, string code) => new(file, $"[{text}]({url})", 0, url, code);

    // A raw HTML link is reported at the first character of the attribute value.
    private static BrokenLink RawHtml(string file, string url, string code) => new(file, $"href=\"{url}\"", "href=\"".Length, url, code);
}
