using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Web.Markdown;

/// <summary>
/// Finds descendants of a Markdig tree in the order Markdig's <c>Descendants&lt;T&gt;()</c> yields
/// them (depth first, parents before children), into a list. Markdig's enumerators make two stacks
/// and an iterator per call; the extraction asks once for every feature item of every page
/// (~480,000 items at 10,000 pages), where that cost was 3.3 s of a build's thread time.
/// </summary>
public static class MarkdownWalk
{
    /// <summary>Every block of type <typeparamref name="T"/> below <paramref name="root"/>.</summary>
    public static List<T> Blocks<T>(ContainerBlock root) where T : Block
    {
        var found = new List<T>();
        AddBlocks(root, found);
        return found;
    }

    /// <summary>
    /// Every inline of type <typeparamref name="T"/> below <paramref name="root"/> (a block or a
    /// container inline). Below a leaf block these are its inlines, where Markdig yields none.
    /// </summary>
    public static List<T> Inlines<T>(MarkdownObject root) where T : Inline
    {
        var found = new List<T>();
        AddInlines(root, found);
        return found;
    }

    /// <summary>
    /// The inlines below <paramref name="root"/> that <paramref name="keep"/> accepts, in the same
    /// order: for a few kinds at once (links and autolinks) without listing every literal of a page.
    /// </summary>
    public static List<Inline> Inlines(MarkdownObject root, Func<Inline, bool> keep)
    {
        var found = new List<Inline>();
        AddInlines(root, found, keep);
        return found;
    }

    private static void AddBlocks<T>(ContainerBlock container, List<T> found) where T : Block
    {
        for (var i = 0; i < container.Count; i++)
        {
            var block = container[i];
            if (block is T match)
            {
                found.Add(match);
            }

            if (block is ContainerBlock inner)
            {
                AddBlocks(inner, found);
            }
        }
    }

    // Recursion is as deep as the markdown nests, which Markdig's own renderer recurses through as well.
    private static void AddInlines<T>(MarkdownObject node, List<T> found, Func<Inline, bool>? keep = null) where T : Inline
    {
        switch (node)
        {
            case ContainerBlock container:
                for (var i = 0; i < container.Count; i++)
                {
                    AddInlines(container[i], found, keep);
                }

                break;
            case LeafBlock { Inline: { } inline }:
                AddInlines(inline, found, keep);
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    if (child is T match && (keep is null || keep(child)))
                    {
                        found.Add(match);
                    }

                    if (child is ContainerInline)
                    {
                        AddInlines(child, found, keep);
                    }
                }

                break;
        }
    }
}
