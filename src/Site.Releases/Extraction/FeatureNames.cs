using System.Text;
using System.Text.RegularExpressions;
using Site.Web.Text;

namespace Site.Releases.Extraction;

/// <summary>
/// Cleans feature names as release summaries write them and makes the keys features are merged
/// by. Two names are the same feature when their compact keys are equal ("APIServer DryRun" and
/// "API Server dry run") or, for names of two words or more, their word sets are equal
/// ("support out-of-tree and out-of-process cloud providers" and "support out-of-process and
/// out-of-tree cloud providers").
/// </summary>
public static partial class FeatureNames
{
    private static readonly string[] IgnoredWords = ["a", "an", "and", "the", "of", "for", "to", "in", "on", "with", "via", "by", "at", "or"];

    [GeneratedRegex(@"\s*,?\s*\b(?:aka|a\.k\.a\.?)(?=[\s,:]|$)[\s,:]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AkaSeparator();

    [GeneratedRegex(@"\s*\((?:previously|formerly)\s+(?<old>[^)]+)\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PreviouslyNamed();

    [GeneratedRegex(@"\s*\(TODO:[^)]*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TodoNote();

    [GeneratedRegex(@",?\s+(?:e\.g\.|i\.e\.).*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex ExampleClause();

    [GeneratedRegex(@"^(?:a new|an|a|the|new)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingArticle();

    /// <summary>
    /// Whether the name holds "aka" or "a.k.a" in any case. Every name is looked at: each 'k' is
    /// checked for its neighbours, where two case-insensitive searches (or a SearchValues of both)
    /// cost about 1 % of a large build's CPU.
    /// </summary>
    internal static bool MentionsAka(ReadOnlySpan<char> name)
    {
        static bool IsA(char c) => (c | 0x20) == 'a';
        for (var k = name.IndexOfAny('k', 'K'); k >= 0; k = NextK(name, k))
        {
            if (k >= 1 && k + 1 < name.Length && IsA(name[k - 1]) && IsA(name[k + 1]))
            {
                return true;
            }

            if (k >= 2 && k + 2 < name.Length && name[k - 1] == '.' && name[k + 1] == '.' && IsA(name[k - 2]) && IsA(name[k + 2]))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextK(ReadOnlySpan<char> name, int k)
    {
        var next = name[(k + 1)..].IndexOfAny('k', 'K');
        return next < 0 ? -1 : k + 1 + next;
    }

    /// <summary>Cleans a raw name; names it also goes by (after "aka", "previously") go to <paramref name="aliases"/>.</summary>
    public static string Clean(string raw, List<string> aliases)
    {
        // Most names have nothing to clean; each rule runs only where it could apply.
        var name = WhiteSpace.Collapse(raw);
        if (name.Contains('(', StringComparison.Ordinal))
        {
            name = TodoNote().Replace(name, string.Empty);
        }

        var aka = MentionsAka(name) ? AkaSeparator().Match(name) : Match.Empty;
        if (aka.Success)
        {
            var alias = Tidy(name[(aka.Index + aka.Length)..]);
            if (alias.Length > 1)
            {
                aliases.Add(alias);
            }

            name = name[..aka.Index];
        }

        if (name.Contains('(', StringComparison.Ordinal))
        {
            name = PreviouslyNamed().Replace(name, m =>
            {
                aliases.Add(Tidy(m.Groups["old"].Value));
                return string.Empty;
            });
        }

        if (name.Contains(".e.", StringComparison.Ordinal) || name.Contains("e.g", StringComparison.Ordinal))
        {
            name = ExampleClause().Replace(name, string.Empty);
        }

        return Tidy(LeadingArticle().Replace(name.Trim(), string.Empty));
    }

    /// <summary>"aka, compute device assignment." → "compute device assignment".</summary>
    public static string? LeadingAlias(string description)
    {
        var match = AkaSeparator().Match(description);
        return match.Success && match.Index == 0 ? Tidy(description[match.Length..]) : null;
    }

    private static string Tidy(string text)
    {
        var collapsed = WhiteSpace.Collapse(text);
        var kept = WithoutTrailingJunk(collapsed);
        return kept.Length == collapsed.Length ? collapsed : collapsed[..kept.Length].Trim();
    }

    /// <summary>
    /// The text without trailing punctuation (, ; : .) and white space, and without a dangling
    /// " and" before them: "kubectl plugins become simpler and," → "kubectl plugins become
    /// simpler". A loop rather than a regular expression: it runs for every feature item of
    /// every document, and a pattern anchored at the end is tried from every position.
    /// </summary>
    internal static ReadOnlySpan<char> WithoutTrailingJunk(ReadOnlySpan<char> text)
    {
        var end = text.Length;
        while (end > 0 && IsTrailingJunk(text[end - 1]))
        {
            end--;
        }

        // " and" (any case) right before the junk goes too, with all the white space before it.
        if (end >= 4 && text[(end - 3)..end].Equals("and", StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(text[end - 4]))
        {
            end -= 4;
            while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }
        }

        return text[..end];
    }

    private static bool IsTrailingJunk(char c) => c is ',' or ';' or ':' or '.' || char.IsWhiteSpace(c);

    /// <summary>Letters and digits only, lower case: "APIServer DryRun" → "apiserverdryrun".</summary>
    public static string CompactKey(string name)
    {
        var key = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        return new string(key[..CompactKey(name, key)]);
    }

    /// <summary>Writes the compact key into <paramref name="key"/> (as long as the name at least) and returns its length.</summary>
    public static int CompactKey(ReadOnlySpan<char> name, Span<char> key)
    {
        var length = 0;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                key[length++] = char.ToLowerInvariant(c);
            }
        }

        return length;
    }

    /// <summary>The sorted set of meaningful words (plural 's' dropped), or null for names of fewer than two.</summary>
    public static string? WordSetKey(string name)
    {
        var key = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var length = WordSetKey(name, key);
        return length < 0 ? null : new string(key[..length]);
    }

    [ThreadStatic]
    private static (int Start, int Length)[]? _words;

    /// <summary>
    /// Writes the word set key into <paramref name="key"/> (as long as the name at least) and returns
    /// its length, or -1 for names of fewer than two words.
    /// </summary>
    public static int WordSetKey(ReadOnlySpan<char> name, Span<char> key)
    {
        // Runs for every feature fact of every document: words are ranges into one lower-cased
        // copy (on the stack, or rented for long names), sorted and joined without a string per word.
        char[]? rented = null;
        Span<char> lower = name.Length <= 256 ? stackalloc char[name.Length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(name.Length)).AsSpan(0, name.Length);
        InvariantCase.ToLower(name, lower);
        var words = _words ??= new (int, int)[16];
        var count = 0;
        var start = -1;
        for (var i = 0; i <= lower.Length; i++)
        {
            var inWord = i < lower.Length && char.IsLetterOrDigit(lower[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = lower.Slice(start, i - start);
                if (!IsIgnored(word))
                {
                    var length = word.Length > 3 && word[^1] == 's' && word[^2] != 's' ? word.Length - 1 : word.Length;
                    if (count == words.Length)
                    {
                        Array.Resize(ref words, words.Length * 2);
                        _words = words;
                    }

                    // Insertion in order (names have a few words): the same order a sort would give.
                    var at = count++;
                    while (at > 0 && lower.Slice(words[at - 1].Start, words[at - 1].Length).SequenceCompareTo(lower.Slice(start, length)) > 0)
                    {
                        words[at] = words[at - 1];
                        at--;
                    }

                    words[at] = (start, length);
                }

                start = -1;
            }
        }

        var written = 0;
        var distinct = 0;
        for (var i = 0; i < count; i++)
        {
            var word = lower.Slice(words[i].Start, words[i].Length);
            if (i > 0 && word.SequenceEqual(lower.Slice(words[i - 1].Start, words[i - 1].Length)))
            {
                continue;
            }

            if (distinct++ > 0)
            {
                key[written++] = ' ';
            }

            word.CopyTo(key[written..]);
            written += word.Length;
        }

        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        return distinct >= 2 ? written : -1;
    }

    private static bool IsIgnored(ReadOnlySpan<char> word)
    {
        foreach (var ignored in IgnoredWords)
        {
            if (word.SequenceEqual(ignored))
            {
                return true;
            }
        }

        return false;
    }

    public static IEnumerable<string> Words(string name)
    {
        var word = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
