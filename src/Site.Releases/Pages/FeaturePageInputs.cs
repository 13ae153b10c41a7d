using Site.Releases.Model;

namespace Site.Releases.Pages;

/// <summary>
/// Everything a feature's page is made of, as of one build. The catalog keeps an unchanged
/// feature's lists (aliases, timeline, references, sources) from build to build, so telling an
/// unchanged page from a changed one is a dozen reference and short-string checks instead of
/// making and hashing the page again; a preview rebuild after a stage edit touches a few of
/// thousands of feature pages.
/// </summary>
public sealed class FeaturePageInputs(Feature feature, IReadOnlyList<PageRef> mentionedIn)
{
    private readonly string _id = feature.Id;
    private readonly string _title = feature.Title;
    private readonly int? _number = feature.Number;
    private readonly string? _issueUrl = feature.IssueUrl;
    private readonly string? _sigName = feature.Sig?.Name;
    private readonly string? _sigDisplayName = feature.Sig?.DisplayName;
    private readonly string? _descriptionHtml = feature.DescriptionHtml;
    private readonly IReadOnlyList<string> _aliases = feature.Aliases;
    private readonly IReadOnlyList<StagePoint> _timeline = feature.Timeline;
    private readonly IReadOnlyList<Reference> _references = feature.References;
    private readonly IReadOnlyList<SourceRef> _definedIn = feature.DefinedIn;
    private readonly IReadOnlyList<PageRef> _mentionedIn = mentionedIn;

    /// <summary>
    /// True when both describe the same page: lists by reference (a list the catalog made anew
    /// counts as changed, which at worst redoes a page), texts by value, the mentioning pages by
    /// content (that list is gathered anew every build).
    /// </summary>
    public bool SameAs(FeaturePageInputs other)
        => _id == other._id && _title == other._title && _number == other._number && _issueUrl == other._issueUrl
           && _sigName == other._sigName && _sigDisplayName == other._sigDisplayName
           && string.Equals(_descriptionHtml, other._descriptionHtml, StringComparison.Ordinal)
           && ReferenceEquals(_aliases, other._aliases) && ReferenceEquals(_timeline, other._timeline)
           && ReferenceEquals(_references, other._references) && ReferenceEquals(_definedIn, other._definedIn)
           && _mentionedIn.SequenceEqual(other._mentionedIn);
}
