using Site.Engine.Documents;
using Site.Releases.Model;
using Site.Web;
using Site.Web.FrontMatter;
using Site.Web.Links;
using Site.Web.Markdown;
using Site.Web.Text;

namespace Site.Releases.Extraction;

/// <summary>
/// Reads a document's release facts while its syntax tree is alive: which release it is about,
/// what kind of document it is, the features, release summaries, note sections and SIG lists it
/// contains. Classification uses only what the document says — front matter, headings, the
/// versions it names — never its file name.
/// </summary>
public sealed class ReleaseFactsAnalyzer(ReadingRules rules) : IMarkdownAnalyzer
{
    public Metadata Analyze(MarkdownAnalysis analysis, Metadata metadata)
    {
        var context = new ReadingContext(analysis, rules, metadata.GetOrDefault(WebKeys.Url) ?? "/");
        var frontMatter = metadata.GetOrDefault(WebKeys.FrontMatter) ?? FrontMatterData.None;
        var features = new List<FeatureFact>();
        var sections = ReleaseSectionReader.Read(context, features);
        var title = metadata.GetOrDefault(WebKeys.Title);
        context.DocumentRelease = sections.Count >= 2 ? null : DocumentRelease(frontMatter, title, metadata);

        StageTaggedItemReader.Read(context, features);
        FeatureEntryReader.Read(context, features);
        var notes = context.DocumentRelease is null ? [] : NoteSectionReader.Read(context);
        var facts = new DocumentFacts
        {
            Kind = Classify(sections, features, notes, frontMatter, context.DocumentRelease),
            Release = context.DocumentRelease,
            Date = frontMatter.Date is { } date ? DateOnly.FromDateTime(date.UtcDateTime) : null,
            Features = features,
            ReleaseSections = sections,
            NoteSections = notes,
            Sigs = SigListReader.Read(context),
            LinkTargets = ExternalTargets(metadata),
            LatinWords = LatinWords(metadata),
        };
        return metadata.With(ReleaseKeys.Facts, facts);
    }

    private ReleaseVersion? DocumentRelease(FrontMatterData frontMatter, string? title, Metadata metadata)
    {
        foreach (var key in new[] { "release", "version" })
        {
            if (ReleaseVersion.TryParse(frontMatter.Scalar(key), out var declared))
            {
                return declared;
            }
        }

        if (title is not null && rules.Versions.Primary(title) is { } fromTitle)
        {
            return fromTitle;
        }

        var sections = metadata.GetOrDefault(WebKeys.TextSections) ?? [];
        return rules.Versions.Primary(string.Join('\n', sections.Select(s => s.Heading + "\n" + s.Text)));
    }

    private static DocumentKind Classify(
        List<ReleaseSectionFact> sections, List<FeatureFact> features, List<NoteSection> notes,
        FrontMatterData frontMatter, ReleaseVersion? release)
    {
        if (sections.Count >= 2)
        {
            return DocumentKind.Collection;
        }

        if (release is null)
        {
            return DocumentKind.Article;
        }

        if (frontMatter.Title is not null && frontMatter.Date is not null)
        {
            return DocumentKind.Announcement;
        }

        return features.Any(f => f.Origin == FeatureOrigin.Notes) || notes.Count > 0 ? DocumentKind.ReleaseNotes : DocumentKind.Article;
    }

    /// <summary>External link targets without scheme, "www." or trailing slash: what a translation shares with its original.</summary>
    private static long[] ExternalTargets(Metadata metadata)
        => (metadata.GetOrDefault(WebKeys.Links) ?? [])
            .Where(l => l.Kind == LinkKind.External)
            .Select(l => StableHash.Of(Normalize(l.Target)))
            .Distinct()
            .Order()
            .ToArray();

    private static long[] LatinWords(Metadata metadata)
    {
        var words = new HashSet<long>();
        Span<char> lower = stackalloc char[64];
        foreach (var section in metadata.GetOrDefault(WebKeys.TextSections) ?? [])
        {
            AddAsciiWords(section.Heading, words, lower);
            AddAsciiWords(section.Text, words, lower);
        }

        var sorted = words.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    // Runs of ASCII letters and digits, lower-cased: "StatefulSet更新" gives "statefulset".
    private static void AddAsciiWords(string text, HashSet<long> words, Span<char> lower)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsAsciiLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text.AsSpan(start, i - start);
                if (word.Length >= 3 && char.IsAsciiLetter(word[0]) && word.Length <= lower.Length)
                {
                    var length = InvariantCase.ToLower(word, lower);
                    words.Add(StableHash.Of(lower[..length]));
                }

                start = -1;
            }
        }
    }

    private static string Normalize(string url)
    {
        var text = url.ToLowerInvariant();
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        text = scheme >= 0 ? text[(scheme + 3)..] : text;
        text = text.StartsWith("www.", StringComparison.Ordinal) ? text[4..] : text;
        var cut = text.IndexOfAny(['#', '?']);
        text = cut >= 0 ? text[..cut] : text;
        return text.TrimEnd('/');
    }
}
