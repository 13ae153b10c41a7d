namespace Site.Web.Search.Lunr;

/// <summary>
/// lunr.trimmer: removes leading and trailing non-word characters. JavaScript's <c>\W</c> is
/// ASCII-only, so lunr's own trimmer turns "café" into "caf" and any CJK token into "". The CJK
/// variant counts the CJK ideograph blocks as word characters too.
/// </summary>
internal sealed class LunrTrimmer : ILunrPipelineFunction
{
    public static readonly LunrTrimmer Lunr = new("trimmer", keepCjk: false);

    public static readonly LunrTrimmer Cjk = new("cjkTrimmer", keepCjk: true);

    private readonly bool _keepCjk;

    private LunrTrimmer(string label, bool keepCjk)
    {
        Label = label;
        _keepCjk = keepCjk;
    }

    public string Label { get; }

    public void Run(LunrPipelineToken token, ICollection<LunrPipelineToken> output)
    {
        string text = token.Text;
        int start = 0;
        while (start < text.Length && !IsWordCharacter(text[start]))
        {
            start++;
        }
        int end = text.Length;
        while (end > start && !IsWordCharacter(text[end - 1]))
        {
            end--;
        }
        output.Add(start == 0 && end == text.Length ? token : token.WithText(text[start..end]));
    }

    private bool IsWordCharacter(char c) =>
        char.IsAsciiLetterOrDigit(c) || c == '_' || (_keepCjk && CjkCharacters.IsIdeograph(c));
}
