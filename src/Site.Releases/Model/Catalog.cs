namespace Site.Releases.Model;

/// <summary>The merged model of the whole site: releases, features, SIGs and source documents.</summary>
public sealed class Catalog(
    IReadOnlyList<Release> releases,
    IReadOnlyList<Feature> features,
    IReadOnlyList<Sig> sigs,
    IReadOnlyList<SourceDocument> documents)
{
    private static long _lastSerial;

    /// <summary>
    /// Unique to this catalog in the process: a build that reuses the last build's catalog (nothing
    /// it is made of changed) can tell so by the number, and reuse what was made from it.
    /// </summary>
    public long Serial { get; } = Interlocked.Increment(ref _lastSerial);

    /// <summary>Newest first.</summary>
    public IReadOnlyList<Release> Releases { get; } = releases;

    /// <summary>Ordered by title.</summary>
    public IReadOnlyList<Feature> Features { get; } = features;

    public IReadOnlyList<Sig> Sigs { get; } = sigs;

    public IReadOnlyList<SourceDocument> Documents { get; } = documents;

    private readonly Dictionary<string, SourceDocument> _documentsBySource = documents.ToDictionary(d => d.SourcePath, StringComparer.Ordinal);
    private readonly Dictionary<ReleaseVersion, Release> _releases = releases.ToDictionary(r => r.Version);

    /// <summary>
    /// The newest release that has a date, i.e. one that has happened. A version only a feature's
    /// stage history names ("beta in v1.19", nothing dated yet) is planned, not the latest; without
    /// any dated release the newest one stands in.
    /// </summary>
    public Release? Latest => Releases.FirstOrDefault(r => r.Date is not null) ?? (Releases.Count == 0 ? null : Releases[0]);

    /// <summary>The releases that have a date, newest first.</summary>
    public IEnumerable<Release> DatedReleases => Releases.Where(r => r.Date is not null);

    public SourceDocument? DocumentAt(string sourcePath) => _documentsBySource.GetValueOrDefault(sourcePath);

    public Release? Find(ReleaseVersion version) => _releases.GetValueOrDefault(version);
}
