using Markdig.Syntax;

namespace Site.Releases.Extraction;

/// <summary>
/// The headings above each top-level block of one document, nearest first, each of a lower level
/// than the one before (what <see cref="MarkdownBlocks.HeadingsAbove"/> gives), found by walking the
/// document forward once. Items are read in document order, so each question moves the walk on by
/// a few blocks; searching back from every block instead (after finding its index) was quadratic
/// in the blocks of a page: 2.6 s of thread time at 10,000 pages. A question about an earlier block
/// starts the walk again from the top.
/// </summary>
internal sealed class HeadingsWalk(MarkdownDocument document)
{
    private int _index = -1;
    private HeadingChain? _above;

    /// <summary>The headings above <paramref name="top"/> (a top-level block of the document), or null when there are none.</summary>
    public HeadingChain? Above(Block top)
    {
        if (top.Parent != document)
        {
            return null;
        }

        var known = _index >= 0 && _index < document.Count && ReferenceEquals(document[_index], top);
        if (!known && !(_index >= 0 && MoveTo(top, _index, _above)) && !MoveTo(top, 0, null))
        {
            return null;
        }

        return _above;
    }

    // Walks from the block at `index` (with the headings above it) forward to `top`; false when the end comes first.
    private bool MoveTo(Block top, int index, HeadingChain? above)
    {
        for (; index < document.Count; index++)
        {
            var block = document[index];
            if (ReferenceEquals(block, top))
            {
                (_index, _above) = (index, above);
                return true;
            }

            if (block is HeadingBlock heading)
            {
                above = HeadingChain.Push(above, heading);
            }
        }

        return false;
    }
}

/// <summary>A heading and the chain of headings above it; what is made of a chain (labels) is kept on it, so blocks under the same headings share it.</summary>
internal sealed class HeadingChain(HeadingBlock heading, HeadingChain? above)
{
    public HeadingBlock Heading { get; } = heading;

    public HeadingChain? Above { get; } = above;

    /// <summary>The chain's labels, made once per chain by whoever asks first.</summary>
    public IReadOnlyList<string>? Labels { get; set; }

    /// <summary>The chain after passing <paramref name="heading"/>: headings of its level or deeper are no longer above what follows.</summary>
    public static HeadingChain Push(HeadingChain? chain, HeadingBlock heading)
    {
        while (chain is not null && chain.Heading.Level >= heading.Level)
        {
            chain = chain.Above;
        }

        return new HeadingChain(heading, chain);
    }
}
