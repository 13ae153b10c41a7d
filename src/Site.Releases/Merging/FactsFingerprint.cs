using System.Runtime.CompilerServices;
using Site.Releases.Model;
using Site.Web.Text;

namespace Site.Releases.Merging;

/// <summary>
/// What one document's facts say, as one number, but for the word and link hashes that only pair
/// translations (a catalog key takes the pairing's outcome instead, see
/// <see cref="TranslationPairing.Match"/>): the catalog is a function of these, so with equal numbers
/// it need not be merged again. An edit that only rewords prose leaves them as they were.
/// </summary>
public static class FactsFingerprint
{
    // Facts of unchanged documents are the same objects from build to build (the build cache keeps
    // their documents): each is hashed once.
    private static readonly ConditionalWeakTable<DocumentFacts, StrongBox<long>> Known = new();

    public static long Of(DocumentFacts facts) => Known.GetValue(facts, f => new StrongBox<long>(Compute(f))).Value;

    private static long Compute(DocumentFacts facts)
    {
        var hash = new Fingerprint().Add((long)facts.Kind).Add(facts.Release?.ToString()).Add(facts.Date?.DayNumber ?? -1);
        hash.Add(facts.Features.Count);
        foreach (var feature in facts.Features)
        {
            Feature(hash, feature);
        }

        hash.Add(facts.ReleaseSections.Count);
        foreach (var section in facts.ReleaseSections)
        {
            hash.Add(section.Version.ToString()).Add(section.Date?.DayNumber ?? -1).Add(section.SummaryHtml);
            Source(hash, section.Source);
            hash.Add(section.Themes.Count);
            foreach (var theme in section.Themes)
            {
                Strings(hash.Add(theme.Label), theme.ItemsHtml);
            }
        }

        hash.Add(facts.NoteSections.Count);
        foreach (var note in facts.NoteSections)
        {
            Strings(hash.Add((long)note.Kind).Add(note.Heading), note.ItemsHtml);
            Source(hash, note.Source);
        }

        hash.Add(facts.Sigs.Count);
        foreach (var sig in facts.Sigs)
        {
            Source(hash.Add(sig.Name).Add(sig.Retired), sig.Source);
        }

        return hash.Value;
    }

    private static void Feature(Fingerprint hash, FeatureFact feature)
    {
        hash.Add(feature.Name).Add((long)feature.Origin).Add(feature.FirstLabelNamesGroup);
        Source(hash, feature.Source);
        Strings(hash, feature.Aliases);
        Strings(hash, feature.SigLabels);
        hash.Add(feature.IssueNumbers.Count);
        foreach (var number in feature.IssueNumbers)
        {
            hash.Add(number);
        }

        hash.Add(feature.Stages.Count);
        foreach (var stage in feature.Stages)
        {
            hash.Add(stage.Release.ToString()).Add((long)stage.Stage).Add(stage.Date?.DayNumber ?? -1);
            Source(hash, stage.Source);
        }

        hash.Add(feature.References.Count);
        foreach (var reference in feature.References)
        {
            hash.Add(reference.Text).Add(reference.Url);
        }

        // Descriptions wait in the spill file; reading one back is the price of a changed document.
        hash.Add(feature.Description?.ReadText());
    }

    private static void Source(Fingerprint hash, SourceRef source)
        => hash.Add(source.SourcePath).Add(source.Line).Add(source.PageUrl).Add(source.Anchor);

    private static void Strings(Fingerprint hash, IReadOnlyList<string> values)
    {
        hash.Add(values.Count);
        foreach (var value in values)
        {
            hash.Add(value);
        }
    }
}
