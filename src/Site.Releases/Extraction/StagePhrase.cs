using System.Text.RegularExpressions;
using Site.Releases.Model;

namespace Site.Releases.Extraction;

/// <summary>
/// Reads a feature name and stage from the phrases release summaries use:
/// "Windows Support (beta): ...", "Topology Manager moves to beta, which ...",
/// "Graduates support for RBAC to stable", "General Availability of Kubelet TLS Bootstrap",
/// "CSI Migration Beta". Code spans are masked first, so `kubectl alpha debug` is not a stage.
/// An item naming two different stages is ambiguous and yields nothing.
/// </summary>
public static partial class StagePhrase
{
    public sealed record Result(string Name, Stage Stage, string? Description, IReadOnlyList<string> Aliases);

    private const string StageWord = "alpha|beta|stable|GA|general availability|generally available";

    [GeneratedRegex($@"\b(?:{StageWord})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyStage();

    [GeneratedRegex($@"^(?:graduates|promotes|moves)\s+(?<name>.+?)\s+to\s+(?<stage>{StageWord})\b\s*(?<rest>[:,.].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex GraduatesXToStage();

    [GeneratedRegex(@"^general availability of\s+(?<name>.+?)\s*(?<rest>[:,.].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex GeneralAvailabilityOf();

    [GeneratedRegex($@"^(?<name>.+?)\s+(?:(?:is|are)\s+)?(?:now\s+)?(?:(?:moves?|moved|moving|graduates?|graduated|promoted|goes|go|reach(?:es|ed)?|introduces?|introduced|remains?|remained|enters?|entered)\s+)?(?:(?:to|in|into|as)\s+)?(?<stage>{StageWord})\b\s*(?:\((?:{StageWord})\))?\s*(?<rest>[:,.].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex NameVerbStage();

    [GeneratedRegex($@"^(?<name>.+?)\s*\((?<stage>{StageWord})\)\s*(?<rest>[:,.].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex NameParenthesizedStage();

    /// <summary>
    /// <paramref name="text"/> is the item's plain text; <paramref name="masked"/> the same text with
    /// code spans replaced by placeholder letters (same length). <paramref name="inherited"/> is the
    /// stage a label gives every item of its list ("Graduated to Stable:").
    /// </summary>
    public static Result? Parse(string text, string masked, Stage? inherited) => Parse(text, masked, inherited, tryEveryRule: false);

    /// <param name="tryEveryRule">Try each rule even where the text cannot end at a stage word (tests: the shortcut must change nothing).</param>
    internal static Result? Parse(string text, string masked, Stage? inherited, bool tryEveryRule)
    {
        var (named, endsAtStage) = StagesNamed(masked);
        endsAtStage |= tryEveryRule;
        if (named > 1)
        {
            return null;
        }

        // Every rule needs a stage word; most items have none, and trying the four patterns on
        // them was most of the extraction's regex time. All but "General availability of ..." also
        // need the item to end at the stage word (or go on with ':', ',' or '.'): on a large site
        // most items name a stage in passing, and the lazy name patterns tried every split of them.
        foreach (var (pattern, fixedStage) in named == 1 ? Rules(endsAtStage) : [])
        {
            var match = pattern.Match(masked);
            if (!match.Success)
            {
                continue;
            }

            var stage = fixedStage ?? StageNames.Parse(match.Groups["stage"].Value);
            if (stage is null)
            {
                continue;
            }

            var name = Slice(text, match.Groups["name"]);
            var rest = match.Groups["rest"].Success ? Slice(text, match.Groups["rest"]).TrimStart(':', ',', '.', ' ') : null;
            return Build(name, stage.Value, rest);
        }

        if (inherited is { } given)
        {
            var colon = masked.IndexOf(": ", StringComparison.Ordinal);
            var name = colon > 0 ? text[..colon] : text;
            var rest = colon > 0 ? text[(colon + 2)..] : null;
            return Build(name, given, rest);
        }

        return null;
    }

    /// <summary>
    /// How many different stages the text names (0, 1, or 2 for two or more), and whether one of
    /// its stage words could end a name-and-stage phrase: followed, past a closing parenthesis,
    /// white space and an optional "(stage)", by the end of the text or by ':', ',' or '.'. No
    /// rule but <see cref="GeneralAvailabilityOf"/> matches without that.
    /// </summary>
    private static (int Named, bool EndsAtStage) StagesNamed(string masked)
    {
        Stage? seen = null;
        var endsAtStage = false;
        foreach (var match in AnyStage().EnumerateMatches(masked))
        {
            var stage = StageNames.Parse(masked.AsSpan(match.Index, match.Length).ToString());
            if (seen is { } first && stage != first)
            {
                return (2, false);
            }

            seen = stage;
            endsAtStage |= CouldEndAt(masked, match.Index + match.Length);
        }

        return (seen is null ? 0 : 1, endsAtStage);
    }

    private static bool CouldEndAt(string text, int position)
    {
        if (position < text.Length && text[position] == ')')
        {
            position++;
        }

        position = SkipWhiteSpace(text, position);
        if (position < text.Length && text[position] == '(')
        {
            var close = text.IndexOf(')', position);
            if (close > 0 && AnyStage().Match(text, position + 1, close - position - 1) is { Success: true } inner
                && inner.Index == position + 1 && inner.Length == close - position - 1)
            {
                position = SkipWhiteSpace(text, close + 1);
            }
        }

        return position >= text.Length || text[position] is ':' or ',' or '.';
    }

    private static int SkipWhiteSpace(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    private static IEnumerable<(Regex Pattern, Stage? Stage)> Rules(bool endsAtStage)
    {
        if (endsAtStage)
        {
            yield return (GraduatesXToStage(), null);
        }

        yield return (GeneralAvailabilityOf(), Stage.Stable);
        if (endsAtStage)
        {
            yield return (NameVerbStage(), null);
            yield return (NameParenthesizedStage(), null);
        }
    }

    private static string Slice(string text, Group group) => text.Substring(group.Index, group.Length);

    private static Result? Build(string rawName, Stage stage, string? rest)
    {
        var aliases = new List<string>();
        var name = FeatureNames.Clean(rawName, aliases);
        string? description = string.IsNullOrWhiteSpace(rest) ? null : rest.Trim();
        if (description is not null && FeatureNames.LeadingAlias(description) is { } alias)
        {
            aliases.Add(alias);
            description = null;
        }

        return name.Length < 2 ? null : new Result(name, stage, description, aliases);
    }
}
