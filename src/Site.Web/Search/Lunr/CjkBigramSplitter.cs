namespace Site.Web.Search.Lunr;

/// <summary>
/// Makes Chinese searchable without a dictionary: every run of CJK ideographs inside a token
/// becomes its overlapping bigrams (a run of one stays a unigram), so 安全性提升 is indexed as
/// 安全 全性 性提 提升 and the queries 安全 and 安全性 both find it. The text between runs stays one
/// token, dropped when it has no word character left to index (punctuation like "，"). Tokens
/// without ideographs pass through untouched, so English is indexed exactly as lunr does.
/// The browser twin is <c>splitCjk</c> in theme/assets/search/lunr-cjk.js.
/// </summary>
internal sealed class CjkBigramSplitter : ILunrPipelineFunction
{
    public static readonly CjkBigramSplitter Instance = new();

    private CjkBigramSplitter()
    {
    }

    public string Label => "cjkBigrams";

    public void Run(LunrPipelineToken token, ICollection<LunrPipelineToken> output)
    {
        string text = token.Text;
        if (!ContainsIdeograph(text))
        {
            output.Add(token);
            return;
        }
        int start = 0;
        while (start < text.Length)
        {
            bool ideographs = CjkCharacters.IsIdeograph(text[start]);
            int end = start + 1;
            while (end < text.Length && CjkCharacters.IsIdeograph(text[end]) == ideographs)
            {
                end++;
            }
            if (!ideographs)
            {
                if (ContainsWordCharacter(text.AsSpan(start, end - start)))
                {
                    output.Add(Piece(token, start, end - start));
                }
            }
            else if (end - start == 1)
            {
                output.Add(Piece(token, start, 1));
            }
            else
            {
                for (int i = start; i + 1 < end; i++)
                {
                    output.Add(Piece(token, i, 2));
                }
            }
            start = end;
        }
    }

    private static LunrPipelineToken Piece(LunrPipelineToken token, int offset, int length) =>
        new(token.Text.Substring(offset, length), token.Offset + offset, length);

    private static bool ContainsIdeograph(string text)
    {
        foreach (char c in text)
        {
            if (CjkCharacters.IsIdeograph(c))
            {
                return true;
            }
        }
        return false;
    }

    private static bool ContainsWordCharacter(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '_')
            {
                return true;
            }
        }
        return false;
    }
}
