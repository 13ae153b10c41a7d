using System.Text;

namespace Site.Web.Text;

/// <summary>
/// A thread's reusable builder for text that is built, read once into a string, and dropped (the
/// plain text of a heading, an item's name, a page's search body): texts by the hundred thousand
/// would otherwise each grow a builder of their own. The caller keeps the builder in a
/// [ThreadStatic] field and must be done with it before the next text starts on that thread.
/// </summary>
public static class ScratchBuilder
{
    /// <summary>A builder grown past this many characters (a huge page) is not kept for the next text.</summary>
    public const int KeptCapacity = 1 << 20;

    /// <summary>The builder in <paramref name="slot"/>, cleared; a new one when there is none or it grew too large.</summary>
    public static StringBuilder Take(ref StringBuilder? slot)
    {
        if (slot is not { Capacity: <= KeptCapacity })
        {
            slot = new StringBuilder();
        }

        return slot.Clear();
    }
}
