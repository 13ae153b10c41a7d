namespace Site.Web.Search.Lunr;

/// <summary>A document in the index: its ref, boost and one vector per field (in the index's field order).</summary>
internal sealed record LunrIndexedDocument(string Reference, double Boost, LunrFieldVector[] Vectors);
