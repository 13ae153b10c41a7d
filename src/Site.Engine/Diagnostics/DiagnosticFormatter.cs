using System.Text;

namespace Site.Engine.Diagnostics;

/// <summary>
/// Formats a diagnostic the way Hugo's errors read: "file:line:col: error: message", then the
/// offending line with its neighbours and a caret under the column.
/// </summary>
public sealed class DiagnosticFormatter(Func<string, IReadOnlyList<string>?> readLines)
{
    private const int ContextLines = 1;
    private const int MaxShownLineLength = 160;

    public string Format(Diagnostic diagnostic, bool withExcerpt = true)
    {
        var text = new StringBuilder(diagnostic.ToString());
        if (withExcerpt && diagnostic.Location is { Line: > 0 } location && readLines(location.Path) is { } lines
            && location.Line <= lines.Count)
        {
            AppendExcerpt(text, lines, location);
        }

        return text.ToString();
    }

    private static void AppendExcerpt(StringBuilder text, IReadOnlyList<string> lines, SourceLocation location)
    {
        var first = Math.Max(1, location.Line - ContextLines);
        var last = Math.Min(lines.Count, location.Line + ContextLines);
        var width = last.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        for (var number = first; number <= last; number++)
        {
            var marker = number == location.Line ? ">" : " ";
            var line = Shorten(lines[number - 1].TrimEnd('\r'));
            text.Append('\n').Append(marker).Append(' ')
                .Append(number.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width))
                .Append(" | ").Append(line);
            if (number == location.Line && location.Column > 0 && location.Column <= line.Length + 1)
            {
                text.Append('\n').Append(' ', width + 5).Append(CaretPadding(line, location.Column - 1)).Append('^');
            }
        }
    }

    // Keep tabs as tabs so the caret lines up under the column in a terminal.
    private static string CaretPadding(string line, int count)
    {
        var padding = new StringBuilder(count);
        for (var i = 0; i < count && i < line.Length; i++)
        {
            padding.Append(line[i] == '\t' ? '\t' : ' ');
        }

        return padding.ToString();
    }

    private static string Shorten(string line)
        => line.Length <= MaxShownLineLength ? line : line[..MaxShownLineLength] + "…";
}
