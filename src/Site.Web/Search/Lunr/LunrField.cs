namespace Site.Web.Search.Lunr;

/// <summary>A field of the indexed documents; matches in a field with a higher boost score higher.
/// As in lunr, a boost of 0 counts as 1.</summary>
public sealed record LunrField(string Name, double Boost = 1);
