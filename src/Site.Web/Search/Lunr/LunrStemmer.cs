using System.Text.RegularExpressions;

namespace Site.Web.Search.Lunr;

/// <summary>
/// lunr.stemmer: lunr's JavaScript port of Martin Porter's stemmer, whose regular expressions
/// differ in small ways from the paper (its vowel classes, the protected leading "y"). The
/// expressions are rewritten here from JavaScript to .NET with the two translations that keep
/// their meaning: JavaScript's <c>.</c> excludes \r, U+2028 and U+2029 as well as \n, and its
/// <c>$</c> is the end of input (.NET: <c>\z</c>). They are compiled at build time; the analyzer
/// stems each distinct token once, so they stay off the per-token path.
/// </summary>
internal sealed partial class LunrStemmer : ILunrPipelineFunction
{
    public static readonly LunrStemmer Instance = new();

    private const string Consonant = "[^aeiou]";
    private const string Vowel = "[aeiouy]";
    private const string ConsonantRun = Consonant + "[^aeiouy]*";
    private const string VowelRun = Vowel + "[aeiou]*";
    private const string AnyButLineEnd = @"[^\n\r\u2028\u2029]";
    private const string MeasureAboveZero = "^(" + ConsonantRun + ")?" + VowelRun + ConsonantRun;
    private const string MeasureOne = "^(" + ConsonantRun + ")?" + VowelRun + ConsonantRun + "(" + VowelRun + @")?\z";
    private const string MeasureAboveOne = "^(" + ConsonantRun + ")?" + VowelRun + ConsonantRun + VowelRun + ConsonantRun;
    private const string HasVowel = "^(" + ConsonantRun + ")?" + Vowel;
    private const string EndsConsonantVowelConsonant = "^" + ConsonantRun + Vowel + @"[^aeiouwxy]\z";
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private static readonly Dictionary<string, string> Step2Suffixes = new(StringComparer.Ordinal)
    {
        ["ational"] = "ate", ["tional"] = "tion", ["enci"] = "ence", ["anci"] = "ance", ["izer"] = "ize",
        ["bli"] = "ble", ["alli"] = "al", ["entli"] = "ent", ["eli"] = "e", ["ousli"] = "ous",
        ["ization"] = "ize", ["ation"] = "ate", ["ator"] = "ate", ["alism"] = "al", ["iveness"] = "ive",
        ["fulness"] = "ful", ["ousness"] = "ous", ["aliti"] = "al", ["iviti"] = "ive", ["biliti"] = "ble",
        ["logi"] = "log",
    };

    private static readonly Dictionary<string, string> Step3Suffixes = new(StringComparer.Ordinal)
    {
        ["icate"] = "ic", ["ative"] = "", ["alize"] = "al", ["iciti"] = "ic", ["ical"] = "ic", ["ful"] = "",
        ["ness"] = "",
    };

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
        // An initial y is a consonant: upper case keeps it out of every vowel class below.
        bool startsWithY = word[0] == 'y';
        string w = startsWithY ? "Y" + word[1..] : word;

        w = Step1a(w);
        w = Step1b(w);
        w = Step1c(w);
        w = ReplaceSuffix(w, Step2().Match(w), Step2Suffixes);
        w = ReplaceSuffix(w, Step3().Match(w), Step3Suffixes);
        w = Step4(w);
        w = Step5(w);

        if (startsWithY)
        {
            w = "y" + w[1..];
        }
        return w == word ? word : w;
    }

    private static string Step1a(string w)
    {
        Match match = Step1aSses().Match(w);
        if (!match.Success)
        {
            match = Step1aS().Match(w);
        }
        return match.Success ? match.Groups[1].Value + match.Groups[2].Value : w;
    }

    private static string Step1b(string w)
    {
        Match eed = Step1bEed().Match(w);
        if (eed.Success)
        {
            return MeasureAboveZeroRegex().IsMatch(eed.Groups[1].ValueSpan) ? RemoveLastCharacter(w) : w;
        }
        Match edOrIng = Step1bEdIng().Match(w);
        if (!edOrIng.Success)
        {
            return w;
        }
        string stem = edOrIng.Groups[1].Value;
        if (!HasVowelRegex().IsMatch(stem))
        {
            return w;
        }
        if (Step1bRestoreE().IsMatch(stem))
        {
            return stem + "e";
        }
        if (DoubleConsonantEnd().IsMatch(stem))
        {
            return RemoveLastCharacter(stem);
        }
        return EndsConsonantVowelConsonantRegex().IsMatch(stem) ? stem + "e" : stem;
    }

    private static string Step1c(string w)
    {
        Match match = Step1cY().Match(w);
        return match.Success ? match.Groups[1].Value + "i" : w;
    }

    private static string ReplaceSuffix(string w, Match match, Dictionary<string, string> replacements)
    {
        if (!match.Success || !MeasureAboveZeroRegex().IsMatch(match.Groups[1].ValueSpan))
        {
            return w;
        }
        return match.Groups[1].Value + replacements[match.Groups[2].Value];
    }

    private static string Step4(string w)
    {
        Match match = Step4Suffix().Match(w);
        if (match.Success)
        {
            string stem = match.Groups[1].Value;
            return MeasureAboveOneRegex().IsMatch(stem) ? stem : w;
        }
        match = Step4Ion().Match(w);
        if (match.Success)
        {
            string stem = match.Groups[1].Value + match.Groups[2].Value;
            return MeasureAboveOneRegex().IsMatch(stem) ? stem : w;
        }
        return w;
    }

    private static string Step5(string w)
    {
        Match match = Step5E().Match(w);
        if (match.Success)
        {
            string stem = match.Groups[1].Value;
            if (MeasureAboveOneRegex().IsMatch(stem)
                || (MeasureOneRegex().IsMatch(stem) && !EndsConsonantVowelConsonantRegex().IsMatch(stem)))
            {
                w = stem;
            }
        }
        if (Step5DoubleL().IsMatch(w) && MeasureAboveOneRegex().IsMatch(w))
        {
            w = RemoveLastCharacter(w);
        }
        return w;
    }

    /// <summary>JavaScript's <c>w.replace(/.$/, "")</c>: nothing happens when the last character
    /// is a line terminator, which <c>.</c> does not match.</summary>
    private static string RemoveLastCharacter(string w) =>
        LastCharacter().IsMatch(w) ? w[..^1] : w;

    [GeneratedRegex(MeasureAboveZero, Options)]
    private static partial Regex MeasureAboveZeroRegex();

    [GeneratedRegex(MeasureOne, Options)]
    private static partial Regex MeasureOneRegex();

    [GeneratedRegex(MeasureAboveOne, Options)]
    private static partial Regex MeasureAboveOneRegex();

    [GeneratedRegex(HasVowel, Options)]
    private static partial Regex HasVowelRegex();

    [GeneratedRegex(EndsConsonantVowelConsonant, Options)]
    private static partial Regex EndsConsonantVowelConsonantRegex();

    [GeneratedRegex("^(" + AnyButLineEnd + @"+?)(ss|i)es\z", Options)]
    private static partial Regex Step1aSses();

    [GeneratedRegex("^(" + AnyButLineEnd + @"+?)([^s])s\z", Options)]
    private static partial Regex Step1aS();

    [GeneratedRegex("^(" + AnyButLineEnd + @"+?)eed\z", Options)]
    private static partial Regex Step1bEed();

    [GeneratedRegex("^(" + AnyButLineEnd + @"+?)(ed|ing)\z", Options)]
    private static partial Regex Step1bEdIng();

    [GeneratedRegex(AnyButLineEnd + @"\z", Options)]
    private static partial Regex LastCharacter();

    [GeneratedRegex(@"(at|bl|iz)\z", Options)]
    private static partial Regex Step1bRestoreE();

    [GeneratedRegex(@"([^aeiouylsz])\1\z", Options)]
    private static partial Regex DoubleConsonantEnd();

    [GeneratedRegex("^(" + AnyButLineEnd + @"+?[^aeiou])y\z", Options)]
    private static partial Regex Step1cY();

    [GeneratedRegex("^(" + AnyButLineEnd + "+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)\\z", Options)]
    private static partial Regex Step2();

    [GeneratedRegex("^(" + AnyButLineEnd + @"+?)(icate|ative|alize|iciti|ical|ful|ness)\z", Options)]
    private static partial Regex Step3();

    [GeneratedRegex("^(" + AnyButLineEnd + @"+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)\z", Options)]
    private static partial Regex Step4Suffix();

    [GeneratedRegex("^(" + AnyButLineEnd + @"+?)(s|t)(ion)\z", Options)]
    private static partial Regex Step4Ion();

    [GeneratedRegex("^(" + AnyButLineEnd + @"+?)e\z", Options)]
    private static partial Regex Step5E();

    [GeneratedRegex(@"ll\z", Options)]
    private static partial Regex Step5DoubleL();
}
