namespace Site.Web.Search.Lunr;

/// <summary>The pipeline functions there are, under the labels the browser knows them by.</summary>
public static class LunrPipelineFunctions
{
    /// <summary>lunr.trimmer ("trimmer").</summary>
    public static ILunrPipelineFunction Trimmer => LunrTrimmer.Lunr;

    /// <summary>lunr.stopWordFilter ("stopWordFilter").</summary>
    public static ILunrPipelineFunction StopWordFilter => LunrStopWordFilter.Instance;

    /// <summary>lunr.stemmer ("stemmer").</summary>
    public static ILunrPipelineFunction Stemmer => LunrStemmer.Instance;

    /// <summary>Splits CJK runs into bigrams ("cjkBigrams", registered by lunr-cjk.js).</summary>
    public static ILunrPipelineFunction CjkBigrams => CjkBigramSplitter.Instance;

    /// <summary>lunr's trimmer keeping CJK ideographs ("cjkTrimmer", registered by lunr-cjk.js).</summary>
    public static ILunrPipelineFunction CjkTrimmer => LunrTrimmer.Cjk;
}
