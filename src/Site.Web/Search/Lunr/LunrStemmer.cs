using static Site.Web.Search.Lunr.LetterPattern;

namespace Site.Web.Search.Lunr;

/// <summary>
/// lunr.stemmer: lunr's JavaScript port of Martin Porter's stemmer, whose regular expressions
/// differ in small ways from the paper (its vowel classes, the protected leading "y"). Written
/// here without regular expressions but with their exact meaning, JavaScript's included: in
/// <c>^(.+?)suffix$</c> the lazy group takes the longest suffix that leaves it non-empty, and
/// JavaScript's <c>.</c> matches no line terminator (\n, \r, U+2028, U+2029), so a word holding
/// one never loses a suffix that way.
/// </summary>
internal sealed class LunrStemmer : ILunrPipelineFunction
{
    public static readonly LunrStemmer Instance = new();

    private static readonly Step[] ConsonantRun = [.. One(LetterClass.NotStrictVowel), .. Any(LetterClass.NotVowel)];
    private static readonly Step[] VowelRun = [.. One(LetterClass.Vowel), .. Any(LetterClass.StrictVowel)];

    /// <summary><c>^([C])?VC</c>: measure above zero.</summary>
    private static readonly LetterPattern MeasureAboveZero = Of(Optional(ConsonantRun), VowelRun, ConsonantRun);

    /// <summary><c>^([C])?VC([V])?$</c>: measure one.</summary>
    private static readonly LetterPattern MeasureOne = Of(Optional(ConsonantRun), VowelRun, ConsonantRun, Optional(VowelRun));

    /// <summary><c>^([C])?VCVC</c>: measure above one.</summary>
    private static readonly LetterPattern MeasureAboveOne = Of(Optional(ConsonantRun), VowelRun, ConsonantRun, VowelRun, ConsonantRun);

    /// <summary><c>^([C])?v</c>: the stem holds a vowel.</summary>
    private static readonly LetterPattern HasVowel = Of(Optional(ConsonantRun), One(LetterClass.Vowel));

    /// <summary><c>^Cv[^aeiouwxy]$</c>: consonant, vowel, consonant other than w, x, y.</summary>
    private static readonly LetterPattern ShortSyllable = Of(ConsonantRun, One(LetterClass.Vowel), One(LetterClass.NotVowelNorWxy));

    private static readonly (string Suffix, string Replacement)[] Step2Suffixes = ByLength(
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"));

    private static readonly (string Suffix, string Replacement)[] Step3Suffixes = ByLength(
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""));

    private static readonly (string Suffix, string Replacement)[] Step4Suffixes = ByLength(
        [.. "al ance ence er ic able ible ant ement ment ent ou ism ate iti ous ive ize".Split(' ').Select(suffix => (suffix, ""))]);

    private LunrStemmer()
    {
    }

    public string Label => "stemmer";

    public void Run(LunrPipelineToken token, ICollection<LunrPipelineToken> output)
    {
        string stemmed = Stem(token.Text);
        output.Add(ReferenceEquals(stemmed, token.Text) ? token : token.WithText(stemmed));
    }

    public static string Stem(string word)
    {
        if (word.Length < 3)
        {
            return word;
        }
        // An initial y is a consonant: upper case keeps it out of every vowel class.
        bool startsWithY = word[0] == 'y';
        string w = startsWithY ? "Y" + word[1..] : word;

        w = Step1a(w);
        w = Step1b(w);
        w = Step1c(w);
        w = ReplaceSuffix(w, Step2Suffixes);
        w = ReplaceSuffix(w, Step3Suffixes);
        w = Step4(w);
        w = Step5(w);

        if (startsWithY)
        {
            w = "y" + w[1..];
        }
        return w == word ? word : w;
    }

    /// <summary><c>^(.+?)(ss|i)es$</c> → $1$2, else <c>^(.+?)([^s])s$</c> → $1$2.</summary>
    private static string Step1a(string w)
    {
        if (StemBefore(w, "sses") > 0 || StemBefore(w, "ies") > 0)
        {
            return w[..^2];
        }
        bool endsInSingleS = w.Length >= 3 && w[^1] == 's' && w[^2] != 's' && !HasLineTerminator(w.AsSpan(0, w.Length - 2));
        return endsInSingleS ? w[..^1] : w;
    }

    private static string Step1b(string w)
    {
        int eed = StemBefore(w, "eed");
        if (eed > 0)
        {
            return MeasureAboveZero.MatchesStartOf(w.AsSpan(0, eed)) ? RemoveLastCharacter(w) : w;
        }
        int stemLength = Math.Max(StemBefore(w, "ed"), StemBefore(w, "ing"));
        if (stemLength <= 0 || !HasVowel.MatchesStartOf(w.AsSpan(0, stemLength)))
        {
            return w;
        }
        string stem = w[..stemLength];
        if (stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("bl", StringComparison.Ordinal)
            || stem.EndsWith("iz", StringComparison.Ordinal))
        {
            return stem + "e";
        }
        if (EndsWithDoubleConsonant(stem))
        {
            return RemoveLastCharacter(stem);
        }
        return ShortSyllable.MatchesAll(stem) ? stem + "e" : stem;
    }

    /// <summary><c>^(.+?[^aeiou])y$</c> → $1i.</summary>
    private static string Step1c(string w)
    {
        bool matches = w.Length >= 3 && w[^1] == 'y' && w[^2] is not ('a' or 'e' or 'i' or 'o' or 'u')
            && !HasLineTerminator(w.AsSpan(0, w.Length - 2));
        return matches ? w[..^1] + "i" : w;
    }

    /// <summary>Steps 2 and 3: <c>^(.+?)(suffixes)$</c>, replaced when the stem's measure is above zero.</summary>
    private static string ReplaceSuffix(string w, (string Suffix, string Replacement)[] suffixes)
    {
        (int stemLength, string replacement) = LongestSuffix(w, suffixes);
        return stemLength > 0 && MeasureAboveZero.MatchesStartOf(w.AsSpan(0, stemLength))
            ? w[..stemLength] + replacement
            : w;
    }

    private static string Step4(string w)
    {
        (int stemLength, _) = LongestSuffix(w, Step4Suffixes);
        if (stemLength <= 0)
        {
            // ^(.+?)(s|t)(ion)$ keeps the s or t.
            int beforeSion = Math.Max(StemBefore(w, "sion"), StemBefore(w, "tion"));
            stemLength = beforeSion > 0 ? beforeSion + 1 : 0;
        }
        return stemLength > 0 && MeasureAboveOne.MatchesStartOf(w.AsSpan(0, stemLength)) ? w[..stemLength] : w;
    }

    private static string Step5(string w)
    {
        int stemLength = StemBefore(w, "e");
        if (stemLength > 0)
        {
            ReadOnlySpan<char> stem = w.AsSpan(0, stemLength);
            if (MeasureAboveOne.MatchesStartOf(stem) || (MeasureOne.MatchesAll(stem) && !ShortSyllable.MatchesAll(stem)))
            {
                w = w[..stemLength];
            }
        }
        if (w.EndsWith("ll", StringComparison.Ordinal) && MeasureAboveOne.MatchesStartOf(w))
        {
            w = RemoveLastCharacter(w);
        }
        return w;
    }

    /// <summary>The length of $1 in <c>^(.+?)suffix$</c>, or 0 when it does not match.</summary>
    private static int StemBefore(string w, string suffix)
    {
        int stemLength = w.Length - suffix.Length;
        return stemLength > 0 && w.EndsWith(suffix, StringComparison.Ordinal) && !HasLineTerminator(w.AsSpan(0, stemLength))
            ? stemLength
            : 0;
    }

    /// <summary><c>^(.+?)(a|b|...)$</c>: the lazy group is the shortest non-empty stem, so the
    /// longest alternative wins. A line terminator in the stem fails every alternative, since
    /// suffixes hold only letters and a shorter suffix leaves a longer stem.</summary>
    private static (int StemLength, string Replacement) LongestSuffix(string w, (string Suffix, string Replacement)[] longestFirst)
    {
        foreach ((string suffix, string replacement) in longestFirst)
        {
            if (w.Length > suffix.Length && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                return (StemBefore(w, suffix), replacement);
            }
        }
        return (0, "");
    }

    /// <summary><c>([^aeiouylsz])\1$</c></summary>
    private static bool EndsWithDoubleConsonant(string w) =>
        w.Length >= 2 && w[^1] == w[^2] && w[^1] is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'l' or 's' or 'z');

    /// <summary>JavaScript's <c>w.replace(/.$/, "")</c>, which leaves a final line terminator.</summary>
    private static string RemoveLastCharacter(string w) =>
        w.Length > 0 && !IsLineTerminator(w[^1]) ? w[..^1] : w;

    private static bool HasLineTerminator(ReadOnlySpan<char> text) => text.IndexOfAny("\n\r\u2028\u2029") >= 0;

    private static bool IsLineTerminator(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    private static (string Suffix, string Replacement)[] ByLength(params (string Suffix, string Replacement)[] suffixes) =>
        [.. suffixes.OrderByDescending(pair => pair.Suffix.Length)];
}
