using System.Text.RegularExpressions;
using Markdig.Syntax;
using Site.Releases.Model;

namespace Site.Releases.Extraction;

/// <summary>
/// Features a release summary names with a stage: each item (nested ones too) is read with the
/// stage-phrase grammar; a label with a stage word ("Graduated to Stable:") gives its items that
/// stage; a "SIG-Node:" or "Storage - " prefix says which group the feature belongs to.
/// </summary>
internal static partial class SummaryFeatures
{
    [GeneratedRegex(@"\b(alpha|beta|stable|GA|general availability)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StageInLabel();

    [GeneratedRegex(@"^(?<area>[A-Z][A-Za-z]+(?: [A-Za-z]+)?)\s+-\s+", RegexOptions.CultureInvariant)]
    private static partial Regex AreaPrefix();

    public static void Read(ReadingContext context, ListBlock list, string label, ReleaseVersion? version, string? anchor, List<FeatureFact> features)
    {
        var inherited = StageInLabel().Match(label) is { Success: true } m ? StageNames.Parse(m.Value) : null;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            ReadItem(context, item, inherited, version, anchor, features);
            foreach (var nested in item.OfType<ListBlock>())
            {
                Read(context, nested, string.Empty, version, anchor, features);
            }
        }
    }

    private static void ReadItem(ReadingContext context, ListItemBlock item, Stage? inherited, ReleaseVersion? version, string? anchor, List<FeatureFact> features)
    {
        if (version is null || MarkdownBlocks.Lead(item) is not { } lead)
        {
            return;
        }

        var (text, masked) = MarkdownBlocks.TextAndMask(lead.Inline);
        var labels = new List<string>();
        var prefix = context.Rules.GroupPrefix.Match(masked);
        if (!prefix.Success)
        {
            prefix = AreaPrefix().Match(masked);
        }

        if (prefix.Success)
        {
            labels.Add(prefix.Groups[prefix.Groups["group"].Success ? "group" : "area"].Value);
            text = text[prefix.Length..];
            masked = masked[prefix.Length..];
        }

        if (StagePhrase.Parse(text, masked, inherited) is not { } phrase)
        {
            return;
        }

        var source = context.At(lead, anchor);
        features.Add(new FeatureFact(phrase.Name, FeatureOrigin.Summary, source)
        {
            Aliases = phrase.Aliases,
            Description = phrase.Description is null ? null : context.Analysis.Keep(HtmlOf.Text(phrase.Description)),
            SigLabels = labels,
            FirstLabelNamesGroup = labels.Count > 0,
            Stages = [new StagePoint(version.Value, phrase.Stage, null, source)],
        });
    }
}
