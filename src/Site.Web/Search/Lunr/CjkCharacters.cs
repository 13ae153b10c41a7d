namespace Site.Web.Search.Lunr;

/// <summary>
/// The characters the Chinese-aware pipeline treats as ideographs: CJK Unified Ideographs, its
/// Extension A and the Compatibility Ideographs. Only BMP blocks, because the browser side tests
/// UTF-16 code units with a plain (non-<c>u</c>) regular expression.
/// </summary>
internal static class CjkCharacters
{
    public static bool IsIdeograph(char c) =>
        c is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');
}
