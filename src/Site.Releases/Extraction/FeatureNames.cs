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

    /// <summary>Cleans a raw name; names it also goes by (after "aka", "previously") go to <paramref name="aliases"/>.</summary>
    public static string Clean(string raw, List<string> aliases)
    {
        // Most names have nothing to clean; each rule runs only where it could apply.
        var name = WhiteSpace.Collapse(raw);
        if (name.Contains('(', StringComparison.Ordinal))
        {
            name = TodoNote().Replace(name, string.Empty);
        }

        var aka = name.Contains("aka", StringComparison.OrdinalIgnoreCase) || name.Contains("a.k.a", StringComparison.OrdinalIgnoreCase) ? AkaSeparator().Match(name) : Match.Empty;
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
        var key = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    /// <summary>The sorted set of meaningful words (plural 's' dropped), or null for names of fewer than two.</summary>
    public static string? WordSetKey(string name)
    {
        // Runs for every feature fact of every document: words are ranges into one lower-cased
        // copy, sorted and joined without a string per word.
        var lower = name.ToLowerInvariant();
        var words = new List<(int Start, int Length)>(16);
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
                var word = lower.AsSpan(start, i - start);
                if (!IsIgnored(word))
                {
                    var length = word.Length > 3 && word[^1] == 's' && word[^2] != 's' ? word.Length - 1 : word.Length;
                    words.Add((start, length));
                }

                start = -1;
            }
        }

        words.Sort((a, b) => lower.AsSpan(a.Start, a.Length).SequenceCompareTo(lower.AsSpan(b.Start, b.Length)));
        var key = new StringBuilder(lower.Length);
        var distinct = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var word = lower.AsSpan(words[i].Start, words[i].Length);
            if (i > 0 && word.SequenceEqual(lower.AsSpan(words[i - 1].Start, words[i - 1].Length)))
            {
                continue;
            }

            key.Append(distinct++ == 0 ? string.Empty : " ").Append(word);
        }

        return distinct >= 2 ? key.ToString() : null;
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
