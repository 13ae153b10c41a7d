using System.Text;
using Site.Engine.Documents;
using Site.Releases.Model;
using Site.Releases.Settings;
using Site.Web;
using Site.Web.Caching;

namespace Site.Releases.Merging;

/// <summary>
/// Builds the site's model from every source document's facts: releases (v1.4 … whatever the
/// documents name), features merged across documents, groups, and the source documents
/// themselves with their translations. Deterministic: the same documents give the same model.
/// </summary>
public sealed class CatalogBuilder(
    ReleaseSettings settings,
    IReadOnlyList<FeatureAliasGroup> aliasGroups,
    string siteLanguage,
    Func<DocumentKind, ReleaseVersion, string, string> synthesizeTitle)
{
    private const int FeatureSlugLength = 60;

    /// <param name="cache">With a build cache (the preview), a feature whose facts are the very ones of the last build keeps what was made of them.</param>
    public Model.Catalog Build(IReadOnlyList<Document> documents, BuildCache? cache = null)
    {
        var read = documents
            .Where(d => d.Source is not null && d.TryGet(ReleaseKeys.Facts, out _))
            .OrderBy(d => d.Source, StringComparer.Ordinal)
            .Select(d => (Document: d, Facts: d.Get(ReleaseKeys.Facts)))
            .ToList();
        var sources = read.Select(r => (Source: ToSourceDocument(r.Document, r.Facts), r.Facts)).ToList();
        TranslationPairing.Pair(sources, siteLanguage);

        var sigs = new SigRegistry(settings, read.SelectMany(r => r.Facts.Sigs));
        var features = BuildFeatures(read.SelectMany(r => r.Facts.Features).ToList(), sigs, cache);
        var releases = BuildReleases(sources, features);
        var builtSigs = sigs.Build();
        var byName = builtSigs.ToDictionary(s => s.Name, StringComparer.Ordinal);
        foreach (var feature in features.Where(f => f.Sig is not null))
        {
            feature.Sig = byName[feature.Sig!.Name];
            feature.Sig.Features.Add(feature);
        }

        return new Model.Catalog(releases, features, builtSigs, sources.Select(s => s.Source).ToList());
    }

    private SourceDocument ToSourceDocument(Document document, DocumentFacts facts)
    {
        var language = document.GetOrDefault(WebKeys.Language) ?? siteLanguage;
        var title = document.GetOrDefault(WebKeys.Title)
            ?? (facts.Release is { } release ? synthesizeTitle(facts.Kind, release, language) : Humanize(document.Source!));
        return new SourceDocument(document.Source!, title, document.Get(WebKeys.Url), language, facts.Kind, facts.Release, facts.Date);
    }

    private List<Feature> BuildFeatures(List<FeatureFact> facts, SigRegistry sigs, BuildCache? cache)
    {
        var merger = new FeatureMerger(settings, aliasGroups);
        // A table found is carried over by TryGet; only a new one is set.
        if (cache is null || !cache.TryGet<FeatureKeyTable>(FeatureKeyTable.CacheName, 0, out var keys))
        {
            keys = new FeatureKeyTable(rememberFacts: cache is not null, expectedFacts: facts.Count);
            cache?.Set(FeatureKeyTable.CacheName, 0, keys);
        }

        var groups = merger.Merge(facts, keys);

        // What each feature is made of depends only on its own facts: computed in parallel. Slugs and
        // groups are assigned afterwards, in order, so names never depend on thread timing. A
        // document that did not change keeps its fact objects from the last build (the content
        // cache), so a group of the same objects is the same feature, and keeps the very lists
        // (aliases, timeline, references, sources) of the last build: what is made of a feature can
        // tell an unchanged one by reference. The lists are never changed once made.
        var last = cache is not null && cache.TryGet<FeatureParts>(FeatureParts.CacheName, 0, out var known) ? known : FeatureParts.None;
        var parts = groups.AsParallel().AsOrdered().Select(g => last.Find(g) ?? Part(g)).ToList();
        cache?.Set(FeatureParts.CacheName, 0, new FeatureParts(parts));

        var used = new HashSet<string>(StringComparer.Ordinal);
        var features = new List<Feature>(parts.Count);
        foreach (var part in parts)
        {
            var feature = new Feature(UniqueSlug(part.Slug, used), part.Title)
            {
                Number = part.Group.Number,
                IssueUrl = merger.IssueUrl(part.Group.Number),
                DescriptionHtml = part.Description,
                Aliases = part.Aliases,
                Timeline = part.Timeline,
                References = part.References,
                DefinedIn = part.DefinedIn,
            };
            feature.Sig = ResolveSig(part.Ordered, sigs);
            features.Add(feature);
        }

        return features.OrderBy(f => f.Title, StringComparer.OrdinalIgnoreCase).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
    }

    private sealed record FeaturePart(
        FeatureMerger.Group Group, string Title, string Slug, List<FeatureFact> Ordered, string? Description,
        List<string> Aliases, List<StagePoint> Timeline, List<Reference> References, List<SourceRef> DefinedIn);

    /// <summary>The parts of the last build, by the first fact of their group (by reference: facts are records).</summary>
    private sealed class FeatureParts
    {
        public const string CacheName = "catalog:feature-parts";

        public static readonly FeatureParts None = new([]);

        private readonly Dictionary<FeatureFact, FeaturePart> _byFirstFact = new(ReferenceEqualityComparer.Instance);

        public FeatureParts(List<FeaturePart> parts)
        {
            foreach (var part in parts.Where(p => p.Group.Facts.Count > 0))
            {
                _byFirstFact.TryAdd(part.Group.Facts[0], part);
            }
        }

        /// <summary>The part made of exactly these fact objects, in this order, with the same issue number.</summary>
        public FeaturePart? Find(FeatureMerger.Group group)
            => group.Facts.Count > 0 && _byFirstFact.TryGetValue(group.Facts[0], out var part) && part.Group.Number == group.Number
               && part.Group.Facts.SequenceEqual(group.Facts, ReferenceEqualityComparer.Instance)
                ? part
                : null;
    }

    /// <summary>What one feature is made of, from its own facts only (plain loops: thousands of groups of a few facts each).</summary>
    private static FeaturePart Part(FeatureMerger.Group group)
    {
        var title = FeatureMerger.Title(group);

        // Facts by origin (entries, then summaries, then notes), in document order within each.
        var ordered = new List<FeatureFact>(group.Facts.Count);
        foreach (var origin in (ReadOnlySpan<FeatureOrigin>)[FeatureOrigin.Entry, FeatureOrigin.Summary, FeatureOrigin.Notes])
        {
            foreach (var fact in group.Facts)
            {
                if (fact.Origin == origin)
                {
                    ordered.Add(fact);
                }
            }
        }

        string? description = null;
        foreach (var fact in ordered)
        {
            if (fact.Description is { Length: > 0 } content && content.ReadText() is var text && !string.IsNullOrWhiteSpace(text))
            {
                description = text;
                break;
            }
        }

        var aliases = new List<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var timeline = new List<StagePoint>();
        var points = new HashSet<(ReleaseVersion, Stage)>();
        var references = new List<Reference>();
        var urls = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in group.Facts)
        {
            AddAlias(fact.Name);
            foreach (var alias in fact.Aliases)
            {
                AddAlias(alias);
            }

            foreach (var point in fact.Stages)
            {
                if (points.Add((point.Release, point.Stage)))
                {
                    timeline.Add(point);
                }
            }

            foreach (var reference in fact.References)
            {
                if (urls.Add(reference.Url))
                {
                    references.Add(reference);
                }
            }
        }

        aliases.Sort(StringComparer.Ordinal);
        timeline.Sort((a, b) => a.Release.CompareTo(b.Release) is var byRelease and not 0 ? byRelease : ((int)a.Stage).CompareTo((int)b.Stage));
        var definedIn = new List<SourceRef>(group.Facts.Count);
        foreach (var fact in group.Facts)
        {
            definedIn.Add(fact.Source);
        }

        return new FeaturePart(group, title, Slug(title, group.Number), ordered, description, aliases, timeline, references, definedIn);

        void AddAlias(string name)
        {
            if (IsNameLike(name) && !name.Equals(title, StringComparison.OrdinalIgnoreCase) && names.Add(name))
            {
                aliases.Add(name);
            }
        }
    }

    /// <summary>
    /// Names are short; a release-notes item's sentence merged into a feature is a description of it,
    /// not another name, and would only clutter "also known as" and the cross-link terms.
    /// </summary>
    private static bool IsNameLike(string name) => name.Length <= MaxAliasLength && name.AsSpan().Count(' ') < MaxAliasWords;

    private const int MaxAliasLength = 80;
    private const int MaxAliasWords = 8;

    private static Sig? ResolveSig(List<FeatureFact> facts, SigRegistry sigs)
    {
        // With no group known yet no label can name one (a site without lists of groups): thousands
        // of features times their labels would be looked up for nothing.
        foreach (var fact in sigs.IsEmpty ? [] : facts)
        {
            foreach (var label in fact.SigLabels)
            {
                if (sigs.Resolve(label, create: false) is { } known)
                {
                    return known;
                }
            }
        }

        var named = facts.FirstOrDefault(f => f.FirstLabelNamesGroup && f.SigLabels.Count > 0);
        return named is null ? null : sigs.Resolve(named.SigLabels[0], create: true);
    }

    private List<Release> BuildReleases(List<(SourceDocument Source, DocumentFacts Facts)> sources, List<Feature> features)
    {
        // Looked up for every stage point (tens of thousands); ordered once at the end.
        var releases = new Dictionary<ReleaseVersion, Release>();
        Release Get(ReleaseVersion version)
        {
            if (!releases.TryGetValue(version, out var release))
            {
                release = new Release(version);
                releases[version] = release;
            }

            return release;
        }

        foreach (var (source, facts) in sources)
        {
            foreach (var section in facts.ReleaseSections)
            {
                var release = Get(section.Version);
                release.Date ??= section.Date;
                release.Sections.Add(section.Source);
                release.Themes.AddRange(section.Themes);
                if (release.SummaryHtml.Length == 0 && section.SummaryHtml.Length > 0)
                {
                    release.SummaryHtml = section.SummaryHtml;
                    release.SummarySource = section.Source;
                }
            }

            if (facts.Release is { } version)
            {
                var release = Get(version);
                release.Documents.Add(source);
                if (source.Language == siteLanguage)
                {
                    release.Notes.AddRange(facts.NoteSections);
                }
            }
        }

        foreach (var (source, facts) in sources.Where(s => s.Facts.Kind == DocumentKind.Announcement))
        {
            var release = Get(facts.Release!.Value);
            release.Date ??= facts.Date;
        }

        // Features come ordered by title, so each release's list is made in that order (no sort).
        foreach (var feature in features)
        {
            foreach (var point in feature.Timeline)
            {
                Get(point.Release).Features.Add(new FeatureStage(feature, point.Stage, point.Source));
            }
        }

        var ordered = releases.Values.ToList();
        ordered.Sort((a, b) => b.Version.CompareTo(a.Version));
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Next = i > 0 ? ordered[i - 1] : null;
            ordered[i].Previous = i + 1 < ordered.Count ? ordered[i + 1] : null;
            ordered[i].Documents.Sort(DocumentOrder);
        }

        return ordered;
    }

    /// <summary>
    /// A release's documents: the site's language first, then by kind and title. Titles compare by
    /// code point (case ignored first), never by the machine's culture, so every machine orders them alike.
    /// </summary>
    private int DocumentOrder(SourceDocument a, SourceDocument b)
    {
        var byLanguage = (a.Language == siteLanguage ? 0 : 1) - (b.Language == siteLanguage ? 0 : 1);
        if (byLanguage != 0)
        {
            return byLanguage;
        }

        var byKind = ((int)a.Kind).CompareTo((int)b.Kind);
        if (byKind != 0)
        {
            return byKind;
        }

        var byTitle = string.Compare(a.Title, b.Title, StringComparison.OrdinalIgnoreCase);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(a.Title, b.Title);
    }

    /// <summary>A feature's address name before it is made unique: its issue number and title ("1234-pod-security").</summary>
    private static string Slug(string title, int? number)
    {
        var slug = SigRegistry.Slug(title);
        if (slug.Length > FeatureSlugLength)
        {
            var cut = slug.LastIndexOf('-', FeatureSlugLength);
            slug = slug[..(cut > 0 ? cut : FeatureSlugLength)];
        }

        if (number is { } n)
        {
            slug = slug.Length == 0 ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + slug;
        }

        return slug.Length == 0 ? "feature" : slug;
    }

    private static string UniqueSlug(string slug, HashSet<string> used)
    {
        var unique = slug;
        for (var i = 2; !used.Add(unique); i++)
        {
            unique = slug + "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return unique;
    }

    /// <summary>"seeds/release-notes.md" → "Release notes": a last resort for documents with no title at all.</summary>
    private static string Humanize(string sourcePath)
    {
        var name = Path.GetFileNameWithoutExtension(sourcePath);
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        name = dot > 0 ? name[..dot] : name;
        var words = new StringBuilder(name.Replace('-', ' ').Replace('_', ' '));
        if (words.Length > 0)
        {
            words[0] = char.ToUpperInvariant(words[0]);
        }

        return words.ToString();
    }
}
