using YamlDotNet.Serialization;

namespace Site.Releases.Settings;

/// <summary>
/// What the domain needs to know that documents do not say themselves, from <c>input/releases.yml</c>:
/// the product's name, how feature issues are written, and the words section headings use.
/// Everything here is data, so another project's release notes need no code change.
/// </summary>
public sealed class ReleaseSettings
{
    public const string FileName = "releases.yml";

    /// <summary>The product whose releases these are ("Kubernetes"); "Kubernetes 1.7" names a release.</summary>
    public string Product { get; set; } = string.Empty;

    /// <summary>Other names of the product that may precede a release number.</summary>
    public List<string> ProductAliases { get; set; } = [];

    /// <summary>A regular expression with one group, the issue number, matched against link texts and URLs.</summary>
    public string FeatureIssuePattern { get; set; } = string.Empty;

    /// <summary>The upstream page of a feature issue; {0} is the number.</summary>
    public string FeatureIssueUrl { get; set; } = string.Empty;

    /// <summary>Prefixes of group names in SIG lists ("sig-node", "wg-apply").</summary>
    public List<string> GroupPrefixes { get; set; } = ["sig", "wg", "ug", "committee"];

    /// <summary>Display names of the prefixes ("sig" → "SIG").</summary>
    public Dictionary<string, string> GroupKindNames { get; set; } = new(StringComparer.Ordinal)
    {
        ["sig"] = "SIG",
        ["wg"] = "WG",
        ["ug"] = "UG",
        ["committee"] = "Committee",
    };

    /// <summary>How to spell words of group names that are not simply capitalized ("cli" → "CLI", "iot" → "IoT").</summary>
    public List<string> GroupAcronyms { get; set; } = [];

    /// <summary>Headings (or list labels) of release-note sections, in every language the documents use.</summary>
    public SectionNames Sections { get; set; } = new();

    /// <summary>Names that mean the same feature although no rule can tell (a data file under input/).</summary>
    public string FeatureAliasesFile { get; set; } = "data/feature-aliases.yml";

    // Computed, not a key of the file: YamlDotNet's generated reader would otherwise offer it.
    [YamlIgnore]
    public IEnumerable<string> ProductNames => new[] { Product }.Concat(ProductAliases).Where(n => n.Length > 0);
}

public sealed class SectionNames
{
    public List<string> MajorThemes { get; set; } = [];

    public List<string> KnownIssues { get; set; } = [];

    public List<string> Deprecations { get; set; } = [];

    public List<string> ActionRequired { get; set; } = [];

    public List<string> NotableChanges { get; set; } = [];

    public List<string> ExternalDependencies { get; set; } = [];

    /// <summary>Labels of reference lists under a feature ("References").</summary>
    public List<string> References { get; set; } = [];
}

/// <summary>One feature's names (and issue number, if known) that must merge into one page.</summary>
public sealed class FeatureAliasGroup
{
    public int? Issue { get; set; }

    public List<string> Names { get; set; } = [];
}
