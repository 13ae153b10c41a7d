using System.Text;
using Site.Engine.Diagnostics;

namespace Site.Web.Toc;

/// <summary>
/// Inserts or updates the doctoc block of a markdown file so that the file ends up byte for byte
/// as <c>doctoc --github</c> 2.5.0 leaves it, with two differences: a CRLF file stays CRLF after
/// an updated block (doctoc leaves a bare LF there), and a START marker without an END (or an
/// END without a START) is reported as an error instead of getting a second block.
/// </summary>
public static class DoctocUpdater
{
    public const string StartComment = "<!-- START doctoc generated TOC please keep comment here to allow auto update -->";
    public const string DoNotEditComment = "<!-- DON'T EDIT THIS SECTION, INSTEAD RE-RUN doctoc TO UPDATE -->";
    public const string EndComment = "<!-- END doctoc generated TOC please keep comment here to allow auto update -->";
    public const string SkipComment = "<!-- DOCTOC SKIP -->";
    public const string DefaultTitle = "**Table of Contents**  *generated with [DocToc](https://github.com/thlorenz/doctoc)*";

    private const char ByteOrderMark = '\uFEFF';

    /// <param name="content">The whole file.</param>
    /// <param name="options">doctoc's options; null for the defaults.</param>
    /// <param name="path">The file's path, for diagnostics.</param>
    public static DoctocResult Update(string content, DoctocOptions? options = null, string path = "")
    {
        ArgumentNullException.ThrowIfNull(content);
        options ??= DoctocOptions.Default;
        var eol = LineEndings.Detect(content);
        if (HasSkipComment(content, eol))
        {
            return new DoctocResult(DoctocOutcome.Skipped, content, []);
        }

        // doctoc's parser drops a byte order mark, yet its offsets are applied to the file with it.
        var text = content.Length > 0 && content[0] == ByteOrderMark ? content[1..] : content;
        var outline = MarkdownOutline.Parse(text);
        var markers = DoctocBlockLocator.Find(outline);
        if (markers is not null && !markers.IsComplete)
        {
            return new DoctocResult(DoctocOutcome.Failed, content, [MarkerError(outline, markers, path)]);
        }

        if (markers is null && options.UpdateOnly)
        {
            return new DoctocResult(DoctocOutcome.Skipped, content, []);
        }

        var updated = Apply(content, outline, markers, options, eol);
        return updated is null
            ? new DoctocResult(DoctocOutcome.Unchanged, content, [])
            : new DoctocResult(DoctocOutcome.Updated, updated, []);
    }

    // <!-- DOCTOC SKIP --> counts at the start of the file or of a line, and only where it first occurs.
    private static bool HasSkipComment(string content, string eol)
    {
        var index = content.IndexOf(SkipComment + eol, StringComparison.Ordinal);
        return index == 0 || (index > 0 && eol.Length == 1 && content[index - 1] == eol[0]);
    }

    /// <summary>The new content, or null when the block is already current.</summary>
    private static string? Apply(string content, MarkdownOutline outline, DoctocBlockMarkers? markers, DoctocOptions options, string eol)
    {
        var nodes = outline.Nodes;
        var frontMatter = outline.HasFrontMatter;
        var hasBody = nodes.Count > (frontMatter ? 1 : 0);
        var startLine = 0;
        var startPosition = 0;
        if (frontMatter && hasBody)
        {
            startLine = nodes[1].StartLine - 1;
            startPosition = nodes[1].Start;
        }
        else if (frontMatter)
        {
            startLine = nodes[0].EndLine;
            startPosition = outline.Source.Length + eol.Length;
        }

        var work = content;
        if (frontMatter && outline.Source.Length == nodes[0].End)
        {
            startPosition += eol.Length;
            work += eol;
        }

        if (frontMatter && hasBody && nodes[0].EndLine + 1 == nodes[1].StartLine)
        {
            work = string.Concat(work.AsSpan(0, startPosition), eol, work.AsSpan(startPosition));
            startPosition += eol.Length;
        }

        var markerStart = StartComment + eol + DoNotEditComment;
        var existing = markers is not null;
        var blockStart = existing ? markers!.Start!.Start : startPosition;
        var startMarkerEnd = existing ? blockStart + markerStart.Length : startPosition;
        var blockEnd = existing ? markers!.End!.End : startPosition;
        var endRaw = existing ? markers!.End!.Raw(outline.Source) : EndComment;

        var headings = DoctocHeadingCollector.CollectAfter(outline, blockEnd, options.MaxLevel);
        var minimumLines = startLine + (existing ? markers!.End!.EndLine - markers.Start!.StartLine + 2 : 0);
        var toc = string.Empty;
        if (headings.Count > 0 && nodes[^1].EndLine >= minimumLines)
        {
            var title = Title(outline, markers, startMarkerEnd, options);
            toc = TocLines(headings, title, eol);
        }

        var block = markerStart + eol + (toc.Length > 0 ? toc + eol : string.Empty) + endRaw;
        if (existing && JsString.Slice(work, blockStart, blockEnd) == block)
        {
            return null;
        }

        var parts = new List<string>(4);
        if (blockStart > 0)
        {
            parts.Add(JsString.Slice(work, 0, blockStart - eol.Length));
        }

        parts.Add(block);
        if (!existing && hasBody)
        {
            parts.Add(string.Empty);
        }

        // doctoc skips one character after END, which leaves a bare LF in a CRLF file: skip the whole line ending.
        parts.Add(JsString.Slice(work, blockEnd + (existing ? eol.Length : 0)));
        return string.Join(eol, parts);
    }

    private static string TocLines(IReadOnlyList<DoctocHeading> headings, string title, string eol)
    {
        var lowest = int.MaxValue;
        foreach (var heading in headings)
        {
            lowest = Math.Min(lowest, heading.Level);
        }

        var toc = new StringBuilder();
        if (title.Length > 0)
        {
            toc.Append(title).Append(eol);
        }

        toc.Append(eol);
        foreach (var heading in headings)
        {
            toc.Append(' ', (heading.Level - lowest) * 2).Append("- ").Append(heading.ToMarkdownLink()).Append(eol);
        }

        return toc.ToString();
    }

    /// <summary>An existing block keeps its title (the last block between the markers and the list).</summary>
    private static string Title(MarkdownOutline outline, DoctocBlockMarkers? markers, int startMarkerEnd, DoctocOptions options)
    {
        if (options.NoTitle)
        {
            return string.Empty;
        }

        if (!string.IsNullOrEmpty(options.Title))
        {
            return options.Title;
        }

        if (markers is null)
        {
            return DefaultTitle;
        }

        int? listStart = null;
        foreach (var node in outline.Nodes)
        {
            if (node.Kind == OutlineNodeKind.List && node.Start > markers.Start!.Start && node.End < markers.End!.End)
            {
                listStart = node.Start;
                break;
            }
        }

        OutlineNode? title = null;
        foreach (var node in outline.Nodes)
        {
            if (node.Start >= startMarkerEnd && node.End < listStart)
            {
                title = node;
            }
        }

        return title?.Raw(outline.Source) ?? string.Empty;
    }

    private static Diagnostic MarkerError(MarkdownOutline outline, DoctocBlockMarkers markers, string path)
    {
        var (node, marker, message) = markers switch
        {
            { End: null } => (markers.Start!, DoctocBlockLocator.StartMarker,
                "doctoc START marker without an END marker"),
            { Start: null } => (markers.End, DoctocBlockLocator.EndMarker,
                "doctoc END marker without a START marker"),
            _ => (markers.End, DoctocBlockLocator.EndMarker,
                "doctoc END marker before its START marker"),
        };
        var offset = outline.Source.IndexOf(marker, node.Start, node.End - node.Start, StringComparison.Ordinal);
        var location = new SourceLocation(path, outline.Lines.LineOf(offset), outline.Lines.ColumnOf(offset));
        return Diagnostic.Error(message, location, "toc.marker",
            "add the missing marker or delete the block, then run `site toc` again");
    }
}
