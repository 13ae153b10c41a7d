namespace Site.Web.Toc;

/// <summary>Maps offsets of a text to 1-based lines and columns (CRLF, CR and LF end a line).</summary>
internal sealed class SourceLines
{
    private readonly string _text;
    private readonly List<int> _lineStarts = [0];

    public SourceLines(string text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The 1-based line holding <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>The 1-based column of <paramref name="offset"/> in its line.</summary>
    public int ColumnOf(int offset) => offset - _lineStarts[LineOf(offset) - 1] + 1;

    public int StartOfLine(int offset) => _lineStarts[LineOf(offset) - 1];

    /// <summary>Where the line holding <paramref name="offset"/> ends, before its line ending.</summary>
    public int EndOfLine(int offset)
    {
        var position = offset;
        while (position < _text.Length && _text[position] is not ('\n' or '\r'))
        {
            position++;
        }

        return position;
    }
}
