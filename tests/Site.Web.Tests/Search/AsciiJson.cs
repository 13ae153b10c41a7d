using System.Globalization;
using System.Text;

namespace Site.Web.Tests.Search;

/// <summary>
/// JSON for the inputs handed to node, written independently of the writer under test: every
/// character outside printable ASCII is a \u escape, so lone surrogates and control characters
/// reach lunr.js exactly as the C# side sees them.
/// </summary>
internal sealed class AsciiJson
{
    private readonly StringBuilder _text = new();

    public override string ToString() => _text.ToString();

    public AsciiJson Raw(string json)
    {
        _text.Append(json);
        return this;
    }

    public AsciiJson String(string? value)
    {
        if (value is null)
        {
            return Raw("null");
        }
        _text.Append('"');
        foreach (char c in value)
        {
            if (c is >= ' ' and <= '~' and not '"' and not '\\')
            {
                _text.Append(c);
            }
            else
            {
                _text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }
        _text.Append('"');
        return this;
    }

    public AsciiJson Number(double value) => Raw(value.ToString("R", CultureInfo.InvariantCulture));

    public AsciiJson Array<T>(IEnumerable<T> items, Action<AsciiJson, T> writeItem)
    {
        _text.Append('[');
        bool first = true;
        foreach (T item in items)
        {
            if (!first)
            {
                _text.Append(',');
            }
            first = false;
            writeItem(this, item);
        }
        _text.Append(']');
        return this;
    }
}
