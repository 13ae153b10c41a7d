namespace Site.Web.Search.Lunr;

/// <summary>
/// The terms of one field of one document, sorted by term number as lunr.Vector keeps them, each
/// packed with its frequency into one long (term number in the high half) so that a plain sort
/// orders them and a 10,000-page site's vectors stay compact. Scores are computed when written,
/// once every document is known.
/// </summary>
internal sealed class LunrFieldVector(int length, long[] packedTerms)
{
    public int Length { get; } = length;

    public long[] PackedTerms { get; } = packedTerms;

    public static long Pack(int termIndex, int frequency) => ((long)termIndex << 32) | (uint)frequency;

    public static int TermIndexOf(long packed) => (int)(packed >> 32);

    public static int FrequencyOf(long packed) => (int)(packed & 0xFFFFFFFF);
}
