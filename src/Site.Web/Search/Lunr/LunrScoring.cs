namespace Site.Web.Search.Lunr;

/// <summary>
/// lunr.Builder's BM25, operation for operation in lunr's order, so that the doubles come out
/// exactly as in JavaScript before they are rounded to three decimals.
/// </summary>
internal static class LunrScoring
{
    private static readonly double K1 = 1.2;
    private static readonly double B = 0.75;

    /// <summary>lunr.idf: ln(1 + |(N − df + 0.5) / (df + 0.5)|), df counting one per field posting.</summary>
    public static double InverseDocumentFrequency(int documentsWithTerm, int documentCount)
    {
        double x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
        return JsMath.Log(1 + Math.Abs(x));
    }

    /// <summary>The score of a term in a field vector in thousandths, as
    /// <c>Math.round(score * 1000)</c>; the index stores that divided by 1000.</summary>
    public static double ScoreInThousandths(
        double idf, int termFrequency, int fieldLength, double averageFieldLength, double fieldBoost, double documentBoost)
    {
        double score = idf * ((K1 + 1) * termFrequency) / (K1 * (1 - B + B * (fieldLength / averageFieldLength)) + termFrequency);
        score *= fieldBoost;
        score *= documentBoost;
        return JsMath.Round(score * 1000);
    }

    /// <summary>lunr reads boosts with <c>boost || 1</c>: 0 and NaN mean "no boost".</summary>
    public static double EffectiveBoost(double boost) => boost == 0 || double.IsNaN(boost) ? 1 : boost;
}
