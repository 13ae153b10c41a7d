namespace Site.Releases.Model;

/// <summary>A special interest group, working group or user group.</summary>
public sealed class Sig(string name, string displayName)
{
    /// <summary>"sig-api-machinery", "wg-apply".</summary>
    public string Name { get; } = name;

    /// <summary>"SIG API Machinery".</summary>
    public string DisplayName { get; } = displayName;

    public string Url { get; } = "/sigs/" + name + "/";

    public bool Retired { get; set; }

    /// <summary>False for groups only seen as headings or labels, never in a list of SIGs.</summary>
    public bool Listed { get; set; }

    public List<Feature> Features { get; } = [];

    public SourceRef? Source { get; set; }
}
