namespace Site.Web.Search.Lunr;

/// <summary>
/// The measure patterns of lunr's stemmer (<c>^([^aeiou][^aeiouy]*)?[aeiouy][aeiou]*...</c>)
/// without a regular expression engine: a pattern is a sequence of letter classes, each
/// matched once or any number of times, with optional groups, simulated as a small NFA over a
/// bit set of positions. Same answers as the backtracking engine (a pattern either has a parse
/// or not), no allocation.
/// </summary>
internal sealed class LetterPattern
{
    private readonly Step[] _steps;
    private readonly ulong _accept;

    private LetterPattern(Step[] steps)
    {
        _steps = steps;
        _accept = 1UL << steps.Length;
    }

    /// <summary>Builds a pattern from steps: <see cref="One"/>, <see cref="Any"/> and <see cref="Optional"/>.</summary>
    public static LetterPattern Of(params Step[][] parts) => new([.. parts.SelectMany(part => part)]);

    public static Step[] One(LetterClass letters) => [new Step(StepKind.One, letters, 0)];

    public static Step[] Any(LetterClass letters) => [new Step(StepKind.Any, letters, 0)];

    public static Step[] Optional(params Step[][] parts)
    {
        Step[] inner = [.. parts.SelectMany(part => part)];
        return [new Step(StepKind.Optional, default, inner.Length), .. inner];
    }

    /// <summary>Whether the text starts with a match (a regular expression anchored with ^ only).</summary>
    public bool MatchesStartOf(ReadOnlySpan<char> text)
    {
        ulong states = Close(1);
        foreach (char c in text)
        {
            if ((states & _accept) != 0)
            {
                return true;
            }
            states = Advance(states, c);
            if (states == 0)
            {
                return false;
            }
        }
        return (states & _accept) != 0;
    }

    /// <summary>Whether the whole text matches (anchored with ^ and $).</summary>
    public bool MatchesAll(ReadOnlySpan<char> text)
    {
        ulong states = Close(1);
        foreach (char c in text)
        {
            states = Advance(states, c);
            if (states == 0)
            {
                return false;
            }
        }
        return (states & _accept) != 0;
    }

    private ulong Advance(ulong states, char c)
    {
        ulong next = 0;
        for (int i = 0; i < _steps.Length; i++)
        {
            Step step = _steps[i];
            if ((states & (1UL << i)) == 0 || step.Kind == StepKind.Optional || !Contains(step.Letters, c))
            {
                continue;
            }
            next |= step.Kind == StepKind.One ? 1UL << (i + 1) : 1UL << i;
        }
        return Close(next);
    }

    /// <summary>Adds the positions reachable without reading: past an Any step, past an optional group.</summary>
    private ulong Close(ulong states)
    {
        for (int i = 0; i < _steps.Length; i++)
        {
            if ((states & (1UL << i)) == 0)
            {
                continue;
            }
            Step step = _steps[i];
            if (step.Kind == StepKind.Any)
            {
                states |= 1UL << (i + 1);
            }
            else if (step.Kind == StepKind.Optional)
            {
                states |= (1UL << (i + 1)) | (1UL << (i + 1 + step.Skip));
            }
        }
        return states;
    }

    private static bool Contains(LetterClass letters, char c) => letters switch
    {
        LetterClass.Vowel => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y',
        LetterClass.StrictVowel => c is 'a' or 'e' or 'i' or 'o' or 'u',
        LetterClass.NotVowel => c is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y'),
        LetterClass.NotStrictVowel => c is not ('a' or 'e' or 'i' or 'o' or 'u'),
        LetterClass.NotVowelNorWxy => c is not ('a' or 'e' or 'i' or 'o' or 'u' or 'w' or 'x' or 'y'),
        _ => false,
    };

    internal enum StepKind
    {
        One,
        Any,
        Optional,
    }

    /// <param name="Skip">For an optional group: how many steps it holds.</param>
    internal readonly record struct Step(StepKind Kind, LetterClass Letters, int Skip);
}

/// <summary>The character classes of lunr's stemmer; only lowercase letters are vowels, so the
/// protected leading "Y" is a consonant.</summary>
internal enum LetterClass
{
    /// <summary><c>[aeiouy]</c></summary>
    Vowel,

    /// <summary><c>[aeiou]</c></summary>
    StrictVowel,

    /// <summary><c>[^aeiouy]</c></summary>
    NotVowel,

    /// <summary><c>[^aeiou]</c></summary>
    NotStrictVowel,

    /// <summary><c>[^aeiouwxy]</c></summary>
    NotVowelNorWxy,
}
