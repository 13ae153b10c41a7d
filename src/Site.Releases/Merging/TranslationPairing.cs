using Site.Releases.Model;

namespace Site.Releases.Merging;

/// <summary>
/// Pairs a release's pages in other languages with the site-language page they translate, for
/// hreflang alternates and language switch links. A translation shares its external link targets
/// and its English technical terms with its original; the same kind of document only breaks
/// ties. Greedy, best pair first.
/// </summary>
public static class TranslationPairing
{
    private const double SameKindBonus = 0.02;
    private const double MinimumScore = 0.05;

    public static void Pair(IReadOnlyList<(SourceDocument Document, DocumentFacts Facts)> documents, string siteLanguage)
    {
        foreach (var release in documents.Where(d => d.Document.Release is not null).GroupBy(d => d.Document.Release))
        {
            var originals = release.Where(d => d.Document.Language == siteLanguage).ToList();
            var translations = release.Where(d => d.Document.Language != siteLanguage).ToList();
            var candidates = (from t in translations
                              from o in originals
                              let score = Overlap(t.Facts.LinkTargets, o.Facts.LinkTargets) + Overlap(t.Facts.LatinWords, o.Facts.LatinWords)
                                          + (t.Document.Kind == o.Document.Kind ? SameKindBonus : 0)
                              where score >= MinimumScore
                              orderby score descending, t.Document.SourcePath, o.Document.SourcePath
                              select (Translation: t.Document, Original: o.Document)).ToList();
            var paired = new HashSet<SourceDocument>();
            foreach (var (translation, original) in candidates)
            {
                if (paired.Contains(translation) || original.Translations.ContainsKey(translation.Language))
                {
                    continue;
                }

                paired.Add(translation);
                original.Translations = new Dictionary<string, SourceDocument>(original.Translations) { [translation.Language] = translation };
                translation.Translations = new Dictionary<string, SourceDocument>(translation.Translations) { [original.Language] = original };
            }
        }
    }

    // Overlap coefficient, not Jaccard: a translation is often shorter than its original, and what it
    // keeps should count in full rather than be diluted by what it leaves out.
    private static double Overlap(long[] a, long[] b)
        => a.Length == 0 || b.Length == 0 ? 0 : (double)Site.Web.Text.StableHash.Shared(a, b) / Math.Min(a.Length, b.Length);
}
