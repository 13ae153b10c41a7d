namespace Site.Web.Search.Lunr;

/// <summary>lunr.stopWordFilter: drops lunr's 119 English stop words.</summary>
internal sealed class LunrStopWordFilter : ILunrPipelineFunction
{
    public static readonly LunrStopWordFilter Instance = new();

    private static readonly HashSet<string> StopWords = new(
        ("a able about across after all almost also am among an and any are as at be because been but by "
        + "can cannot could dear did do does either else ever every for from get got had has have he her "
        + "hers him his how however i if in into is it its just least let like likely may me might most "
        + "must my neither no nor not of off often on only or other our own rather said say says she should "
        + "since so some than that the their them then there these they this tis to too twas us wants was "
        + "we were what when where which while who whom why will with would yet you your").Split(' '),
        StringComparer.Ordinal);

    private LunrStopWordFilter()
    {
    }

    public string Label => "stopWordFilter";

    public void Run(LunrPipelineToken token, ICollection<LunrPipelineToken> output)
    {
        if (!StopWords.Contains(token.Text))
        {
            output.Add(token);
        }
    }
}
