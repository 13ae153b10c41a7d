using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Site.Web.Slugs;

namespace Site.Web.Toc;

/// <summary>
/// The headings doctoc lists for a document, in its order and with its anchors: top-level ATX and
/// setext headings (not those in lists, quotes or code) and top-level HTML headings (h1–h4 unless
/// a maximum level is given), empty ones left out. Use it for an "on this page" list that agrees
/// with the doctoc block and with the ids <see cref="DoctocHeadingIdExtension"/> gives headings.
/// </summary>
public static class DoctocHeadingCollector
{
    private const int DefaultHtmlMaxLevel = 4;

    private static readonly SearchValues<char> RegexSyntax = SearchValues.Create(@"\^$.|?*+()[]{}");

    /// <summary>Parses <paramref name="markdown"/> and returns the headings doctoc lists.</summary>
    /// <param name="markdown">The whole file, front matter included.</param>
    /// <param name="maxLevel">doctoc's <c>--maxlevel</c>. Anchors depend on it (deeper headings
    /// are not counted as repeats), so to match page ids pass null and filter the result.</param>
    public static IReadOnlyList<DoctocHeading> Collect(string markdown, int? maxLevel = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);

        // A byte order mark is no text (doctoc's parser drops it too) and sits on line 1 only.
        var text = markdown.StartsWith('\uFEFF') ? markdown[1..] : markdown;
        return Collect(MarkdownOutline.Parse(text), maxLevel);
    }

    /// <summary>
    /// The headings of a document already parsed from <paramref name="source"/> (with precise
    /// source locations, e.g. by <see cref="DoctocMarkdown.Parse"/> or a pipeline built from
    /// <c>MarkdownPipelines.GfmBuilder()</c>). Lines count from the start of
    /// <paramref name="source"/>.
    /// </summary>
    public static IReadOnlyList<DoctocHeading> Collect(MarkdownDocument document, string source, int? maxLevel = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(source);
        return Collect(MarkdownOutline.Build(document, source), maxLevel);
    }

    /// <summary>When the document has a doctoc block, only the headings after it count.</summary>
    internal static IReadOnlyList<DoctocHeading> Collect(MarkdownOutline outline, int? maxLevel)
    {
        var block = DoctocBlockLocator.Find(outline);
        var after = block is { Start: { } start, End: { } end } && start.Start <= end.Start ? end.End : 0;
        return CollectAfter(outline, after, maxLevel);
    }

    /// <summary>The headings whose node ends after <paramref name="start"/>, as doctoc lists them.</summary>
    internal static IReadOnlyList<DoctocHeading> CollectAfter(MarkdownOutline outline, int start, int? maxLevel)
    {
        var candidates = new List<Candidate>();
        foreach (var node in outline.Nodes)
        {
            if (node is { Kind: OutlineNodeKind.Heading, Block: HeadingBlock heading } && node.End > start
                && (maxLevel is null || heading.Level <= maxLevel))
            {
                candidates.Add(new Candidate(heading.Level, HeadingSourceText.Of(heading, outline.Source), null, node.StartLine, heading));
            }
        }

        AddHtmlHeadings(outline, start, maxLevel ?? DefaultHtmlMaxLevel, candidates);
        candidates.RemoveAll(static candidate => candidate.Text.Length == 0);

        // List.Sort is not stable; doctoc's sort is, and HTML headings follow markdown ones on a tie.
        var ordered = candidates.Select(static (candidate, index) => (candidate, index))
            .OrderBy(static pair => pair.candidate.Line).ThenBy(static pair => pair.index)
            .Select(static pair => pair.candidate);

        var slugger = new HeadingSlugger();
        var headings = new List<DoctocHeading>(candidates.Count);
        foreach (var candidate in ordered)
        {
            var anchor = slugger.Next(candidate.Text, candidate.IdAttribute);
            headings.Add(new DoctocHeading(candidate.Level, anchor.Text, anchor.Id, anchor.Href, candidate.Line) { Block = candidate.Block });
        }

        return headings;
    }

    private static void AddHtmlHeadings(MarkdownOutline outline, int start, int maxLevel, List<Candidate> candidates)
    {
        var html = new StringBuilder();
        var blocks = new List<OutlineNode>();
        foreach (var node in outline.Nodes)
        {
            if (node.Kind == OutlineNodeKind.Html && node.End > start)
            {
                if (blocks.Count > 0)
                {
                    html.Append('\n');
                }

                html.Append(outline.Source, node.Start, node.End - node.Start);
                blocks.Add(node);
            }
        }

        if (blocks.Count == 0)
        {
            return;
        }

        var unmatchedLine = 0;
        foreach (var heading in HtmlHeadingScanner.Scan(html.ToString()))
        {
            // doctoc places an HTML heading at the first top-level block whose source matches
            // the heading's first text piece, read as a regular expression.
            var node = FirstNodeMatching(outline, heading.TextPieces.Count > 0 ? heading.TextPieces[0] : null);
            var line = node?.StartLine ?? ++unmatchedLine;
            if (heading.Level >= 1 && heading.Level <= maxLevel)
            {
                candidates.Add(new Candidate(heading.Level, heading.Text, heading.Id, line, node?.Block));
            }
        }
    }

    private static OutlineNode? FirstNodeMatching(MarkdownOutline outline, string? pattern)
    {
        if (outline.Nodes.Count == 0)
        {
            return null;
        }

        if (pattern is null)
        {
            return outline.Nodes[0];
        }

        var regex = pattern.AsSpan().IndexOfAny(RegexSyntax) < 0 ? null : TryRegex(pattern);
        foreach (var node in outline.Nodes)
        {
            var raw = node.Raw(outline.Source);
            if (regex is null ? raw.Contains(pattern, StringComparison.Ordinal) : regex.IsMatch(raw))
            {
                return node;
            }
        }

        return null;
    }

    private static Regex? TryRegex(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.ECMAScript | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private sealed record Candidate(int Level, string Text, string? IdAttribute, int Line, Block? Block);
}
