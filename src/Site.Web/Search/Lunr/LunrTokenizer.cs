namespace Site.Web.Search.Lunr;

/// <summary>
/// lunr.tokenizer's splitting rule: a token ends at any character matched by the JavaScript
/// class <c>[\s\-]</c>. JavaScript's <c>\s</c> is not .NET's: it includes U+FEFF and excludes
/// U+0085, so the set is spelled out here.
/// </summary>
internal static class LunrTokenizer
{
    public static bool IsSeparator(char c) => c switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '-' => true,
        < '\u00A0' => false,
        '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u2028' or '\u2029' or '\u202F'
            or '\u205F' or '\u3000' or '\uFEFF' => true,
        _ => false,
    };

    /// <summary>The tokens of an already lowercased string, as (start, length) pairs in order.</summary>
    public static TokenEnumerator Tokens(ReadOnlySpan<char> text) => new(text);

    public ref struct TokenEnumerator
    {
        private readonly ReadOnlySpan<char> _text;
        private int _next;

        internal TokenEnumerator(ReadOnlySpan<char> text)
        {
            _text = text;
            _next = 0;
            Current = default;
        }

        public (int Start, int Length) Current { get; private set; }

        public readonly TokenEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            int i = _next;
            while (i < _text.Length && IsSeparator(_text[i]))
            {
                i++;
            }
            if (i == _text.Length)
            {
                _next = i;
                return false;
            }
            int start = i;
            while (i < _text.Length && !IsSeparator(_text[i]))
            {
                i++;
            }
            Current = (start, i - start);
            _next = i;
            return true;
        }
    }
}
