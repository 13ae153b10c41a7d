namespace Site.Theme.Services;

/// <summary>
/// A source page's body goes into its page after the template has rendered, not through Razor: the
/// template writes a marker where the body belongs, and the body is copied there from a pooled
/// buffer. A body is a document's whole HTML (often a large object): as a string it was decoded
/// once per page and kept, with its component, until the thread's renderer was replaced.
/// </summary>
public static class SourceBodySplice
{
    /// <summary>Where the body's first part (up to its h1) goes, on pages whose title is the body's own heading.</summary>
    public const string HeadMarker = "\uFDD0site:body-head\uFDD0";

    /// <summary>Where the rest of the body goes (all of it when the title is not in the body).</summary>
    public const string RestMarker = "\uFDD0site:body-rest\uFDD0";

    /// <summary>
    /// Writes <paramref name="shell"/> (the rendered template) with the markers replaced by the body.
    /// When the title is in the body, the body is split after its first h1 so the page's details follow
    /// the heading, as they do under a template title.
    /// </summary>
    public static void Write(ReadOnlySpan<char> shell, ReadOnlySpan<char> body, bool titleInBody, TextWriter writer)
    {
        var rest = shell.IndexOf(RestMarker, StringComparison.Ordinal);
        if (rest < 0)
        {
            throw new InvalidOperationException("The source page template has no body marker.");
        }

        var head = titleInBody ? shell[..rest].IndexOf(HeadMarker, StringComparison.Ordinal) : -1;
        var split = 0;
        if (head >= 0)
        {
            var h1End = body.IndexOf("</h1>", StringComparison.Ordinal);
            split = h1End < 0 ? 0 : h1End + "</h1>".Length;
            writer.Write(shell[..head]);
            writer.Write(body[..split]);
            writer.Write(shell[(head + HeadMarker.Length)..rest]);
        }
        else
        {
            writer.Write(shell[..rest]);
        }

        writer.Write(body[split..]);
        writer.Write(shell[(rest + RestMarker.Length)..]);
    }
}
