namespace Site.Web.Toc;

internal static class JsString
{
    /// <summary>JavaScript's <c>String.prototype.slice</c>: negative indexes count from the end, out of range clamps.</summary>
    public static string Slice(string text, int start, int? end = null)
    {
        var from = Clamp(start, text.Length);
        var to = Clamp(end ?? text.Length, text.Length);
        return to > from ? text[from..to] : string.Empty;
    }

    private static int Clamp(int index, int length)
        => index < 0 ? Math.Max(0, length + index) : Math.Min(index, length);
}
