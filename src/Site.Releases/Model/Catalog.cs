namespace Site.Releases.Model;

/// <summary>The merged model of the whole site: releases, features, SIGs and source documents.</summary>
public sealed class Catalog(
    IReadOnlyList<Release> releases,
    IReadOnlyList<Feature> features,
    IReadOnlyList<Sig> sigs,
    IReadOnlyList<SourceDocument> documents)
{
    /// <summary>Newest first.</summary>
    public IReadOnlyList<Release> Releases { get; } = releases;

    /// <summary>Ordered by title.</summary>
    public IReadOnlyList<Feature> Features { get; } = features;

    public IReadOnlyList<Sig> Sigs { get; } = sigs;

    public IReadOnlyList<SourceDocument> Documents { get; } = documents;

    private readonly Dictionary<string, SourceDocument> _documentsBySource = documents.ToDictionary(d => d.SourcePath, StringComparer.Ordinal);
    private readonly Dictionary<ReleaseVersion, Release> _releases = releases.ToDictionary(r => r.Version);

    public Release? Latest => Releases.Count == 0 ? null : Releases[0];

    public SourceDocument? DocumentAt(string sourcePath) => _documentsBySource.GetValueOrDefault(sourcePath);

    public Release? Find(ReleaseVersion version) => _releases.GetValueOrDefault(version);
}
