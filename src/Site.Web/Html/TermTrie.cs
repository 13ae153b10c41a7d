namespace Site.Web.Html;

/// <summary>
/// A character trie of terms, matched case-insensitively with runs of white space folded, so
/// thousands of terms are found in one left-to-right walk over a text. Terms marked case-sensitive
/// ("CRI") are confirmed against the original text after the walk.
/// </summary>
public sealed class TermTrie<T> where T : class
{
    private readonly Node _root = new();

    public int Count { get; private set; }

    public sealed record Term(string Text, T Target, bool CaseSensitive);

    private sealed class Node
    {
        public Dictionary<char, Node>? Children;
        public Term? Term;
    }

    /// <summary>Adds a term; returns false when an equal term (ignoring case) is already there.</summary>
    public bool Add(string text, T target, bool caseSensitive)
    {
        var node = _root;
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                node = Child(node, ' ');
                space = false;
            }

            node = Child(node, char.ToLowerInvariant(c));
        }

        if (node == _root || node.Term is not null)
        {
            return false;
        }

        node.Term = new Term(text.Trim(), target, caseSensitive);
        Count++;
        return true;
    }

    private static Node Child(Node node, char c)
    {
        node.Children ??= [];
        if (!node.Children.TryGetValue(c, out var child))
        {
            child = new Node();
            node.Children[c] = child;
        }

        return child;
    }

    /// <summary>The longest term starting at <paramref name="start"/> that ends at a word boundary.</summary>
    public (Term Term, int Length)? LongestAt(ReadOnlySpan<char> text, int start)
    {
        var node = _root;
        (Term, int)? best = null;
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            int consumed;
            if (char.IsWhiteSpace(c))
            {
                consumed = 1;
                while (i + consumed < text.Length && char.IsWhiteSpace(text[i + consumed]))
                {
                    consumed++;
                }

                c = ' ';
            }
            else
            {
                consumed = 1;
                c = char.ToLowerInvariant(c);
            }

            if (node.Children is null || !node.Children.TryGetValue(c, out var next))
            {
                break;
            }

            node = next;
            i += consumed;
            if (node.Term is { } term && EndsWord(text, i, out var end) && (!term.CaseSensitive || SameCase(text, start, term.Text)))
            {
                best = (term, end - start);
            }
        }

        return best;
    }

    // A term ends where a word ends; a plural "s" or "es" after it still counts as the term.
    private static bool EndsWord(ReadOnlySpan<char> text, int index, out int end)
    {
        end = index;
        if (index >= text.Length || !char.IsAsciiLetterOrDigit(text[index]))
        {
            return true;
        }

        return EndsWordAfter(text, index, "s", ref end) || EndsWordAfter(text, index, "es", ref end);
    }

    private static bool EndsWordAfter(ReadOnlySpan<char> text, int index, string suffix, ref int end)
    {
        var after = index + suffix.Length;
        if (!text[index..].StartsWith(suffix, StringComparison.Ordinal) || (after < text.Length && char.IsAsciiLetterOrDigit(text[after])))
        {
            return false;
        }

        end = after;
        return true;
    }

    private static bool SameCase(ReadOnlySpan<char> text, int start, string term)
        => text[start..].StartsWith(term, StringComparison.Ordinal);
}
