using Markdig.Syntax;

namespace Site.Releases.Extraction;

/// <summary>
/// Remembers one value per top-level block of a document (the anchor or heading labels its items
/// share). Items are read in document order, so the last block answers most questions; the others
/// are found by the block's line, not by hashing the block: identity hashes of fresh Markdig
/// blocks were 2.7 s of thread time in a 10,000-page build.
/// </summary>
internal sealed class TopBlockMemo<T>(Func<Block, T> make)
{
    private readonly Dictionary<int, (Block Block, T Value)> _byLine = [];
    private Block? _last;
    private T _lastValue = default!;

    public T Get(Block top)
    {
        if (ReferenceEquals(top, _last))
        {
            return _lastValue;
        }

        T value;
        if (_byLine.TryGetValue(top.Line, out var known) && ReferenceEquals(known.Block, top))
        {
            value = known.Value;
        }
        else
        {
            value = make(top);
            _byLine[top.Line] = (top, value);
        }

        (_last, _lastValue) = (top, value);
        return value;
    }
}
