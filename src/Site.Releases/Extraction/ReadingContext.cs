using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Site.Releases.Model;
using Site.Releases.Settings;
using Site.Web.Markdown;
using Site.Web.Text;

namespace Site.Releases.Extraction;

/// <summary>The settings-derived tools every reader shares (built once per build).</summary>
public sealed class ReadingRules
{
    public ReadingRules(ReleaseSettings settings)
    {
        Settings = settings;
        Versions = new VersionMentions(settings.ProductNames);
        FeatureIssue = settings.FeatureIssuePattern.Length == 0
            ? null
            : new Regex(settings.FeatureIssuePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        var prefixes = string.Join('|', settings.GroupPrefixes.Select(Regex.Escape));
        GroupName = new Regex($"^(?:{prefixes})-[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        GroupPrefix = new Regex($"^(?<group>(?:{prefixes})-[a-z0-9]+(?:-[a-z0-9]+)*)\\s*:\\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _sectionKinds = BuildSectionKinds(settings.Sections);
    }

    private readonly Dictionary<string, NoteSectionKind> _sectionKinds;

    public ReleaseSettings Settings { get; }

    public VersionMentions Versions { get; }

    public Regex? FeatureIssue { get; }

    /// <summary>"sig-node", "wg-apply".</summary>
    public Regex GroupName { get; }

    /// <summary>"SIG-Node: ..." at the start of a summary item.</summary>
    public Regex GroupPrefix { get; }

    public bool IsReferencesLabel(string label)
        => Settings.Sections.References.Any(r => Normalize(r) == Normalize(label));

    public NoteSectionKind? SectionKind(string heading)
        => _sectionKinds.TryGetValue(Normalize(heading), out var kind) ? kind : null;

    public int? IssueNumber(string text) => IssueNumber(text.AsSpan());

    public int? IssueNumber(ReadOnlySpan<char> text)
    {
        if (FeatureIssue is null)
        {
            return null;
        }

        // Most texts name no issue (page links, link texts): the pattern says so without a match
        // object or a table. The issues items link, again and again, a thread remembers: a table of
        // every text met (32,768 slots) cost more in cache misses than the pattern it saved.
        if (!FeatureIssue.IsMatch(text))
        {
            return null;
        }

        var recent = RecentSpans.For<IssueMatch>(this, slots: 1 << 14);
        var hash = RecentSpans.Hash(text);
        if (recent.TryGet(hash, text, out var known))
        {
            return known.Number;
        }

        var key = text.ToString();
        var match = FeatureIssue.Match(key);
        int? issue = match.Success && int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
        recent.Set(hash, key, issue is null ? IssueMatch.None : new IssueMatch(issue));
        return issue;
    }

    private sealed record IssueMatch(int? Number)
    {
        public static readonly IssueMatch None = new((int?)null);
    }

    private static Dictionary<string, NoteSectionKind> BuildSectionKinds(SectionNames names)
    {
        var kinds = new Dictionary<string, NoteSectionKind>(StringComparer.Ordinal);
        void Add(IEnumerable<string> list, NoteSectionKind kind)
        {
            foreach (var name in list)
            {
                kinds.TryAdd(Normalize(name), kind);
            }
        }

        Add(names.MajorThemes, NoteSectionKind.MajorThemes);
        Add(names.KnownIssues, NoteSectionKind.KnownIssues);
        Add(names.Deprecations, NoteSectionKind.Deprecations);
        Add(names.ActionRequired, NoteSectionKind.ActionRequired);
        Add(names.NotableChanges, NoteSectionKind.NotableChanges);
        Add(names.ExternalDependencies, NoteSectionKind.ExternalDependencies);
        return kinds;
    }

    private static string Normalize(string heading) => WhiteSpace.Collapse(MarkdownBlocks.TrimLabel(heading)).ToLowerInvariant();
}

/// <summary>One document being read: its tree, page and the release it is about.</summary>
public sealed class ReadingContext(MarkdownAnalysis analysis, ReadingRules rules, string pageUrl)
{
    public MarkdownAnalysis Analysis { get; } = analysis;

    public ReadingRules Rules { get; } = rules;

    public string PageUrl { get; } = pageUrl;

    public ReleaseVersion? DocumentRelease { get; set; }

    private HeadingsWalk? _headings;

    private HeadingChain? HeadingsAbove(Block top) => (_headings ??= new HeadingsWalk(Analysis.Syntax)).Above(top);

    /// <summary>
    /// The texts of the headings above a block, nearest first. Items under the same headings share
    /// one list: a release-notes page has hundreds of items under a handful of headings.
    /// </summary>
    public IReadOnlyList<string> HeadingLabels(Block block)
    {
        if (HeadingsAbove(MarkdownBlocks.TopLevel(block)) is not { } chain)
        {
            return [];
        }

        if (chain.Labels is null)
        {
            var labels = new List<string>();
            for (var heading = chain; heading is not null; heading = heading.Above)
            {
                var text = MarkdownText.Of(heading.Heading.Inline);
                labels.Add(Analysis.Strings?.Get(text) ?? text);
            }

            chain.Labels = labels.ToArray(); // one object; [.. labels] as IReadOnlyList would be two
        }

        return chain.Labels;
    }

    public SourceRef At(Block block, string? anchor = null)
        => new(Analysis.SourcePath, block.Line + 1, PageUrl, anchor ?? (block is HeadingBlock ? NearestAnchor(block) : AnchorAbove(block)));

    // Items under one heading share its anchor.
    private string? AnchorAbove(Block block)
    {
        var top = MarkdownBlocks.TopLevel(block);
        return top is HeadingBlock heading ? heading.GetAttributes().Id : HeadingsAbove(top)?.Heading.GetAttributes().Id;
    }

    /// <summary>The id of the heading a block stands under, so a link lands at the right section.</summary>
    public static string? NearestAnchor(Block block)
    {
        if (block is HeadingBlock own)
        {
            return own.GetAttributes().Id;
        }

        return MarkdownBlocks.HeadingsAbove(block).FirstOrDefault()?.GetAttributes().Id;
    }

    public static DateOnly? ParseDate(string text)
    {
        var trimmed = text.Trim().TrimEnd(',', '.');
        string[] formats = ["MM/dd/yyyy", "M/d/yyyy", "yyyy-MM-dd", "yyyy/MM/dd"];
        return DateOnly.TryParseExact(trimmed, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }
}
