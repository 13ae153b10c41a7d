using System.Text;
using System.Text.Encodings.Web;

namespace Site.Cli.Preview;

/// <summary>Adds the reload client (preview-client.js) to HTML pages as they are served.</summary>
internal static class ReloadScript
{
    /// <summary>Where pages connect for status messages, under the site's base path.</summary>
    public const string SocketPath = "__site-preview/socket";

    private static readonly string Client = ReadClient();

    public static byte[] InjectInto(ReadOnlySpan<byte> html, string basePath, string siteId)
    {
        var page = Encoding.UTF8.GetString(html);
        var tag = $"<script data-socket=\"{HtmlEncoder.Default.Encode(basePath + SocketPath)}\" data-site=\"{HtmlEncoder.Default.Encode(siteId)}\">\n{Client}</script>\n";
        var end = page.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(end < 0 ? page + tag : page.Insert(end, tag));
    }

    private static string ReadClient()
    {
        using var stream = typeof(ReloadScript).Assembly.GetManifestResourceStream("Site.Cli.Preview.preview-client.js")
            ?? throw new InvalidOperationException("preview-client.js is not embedded in the program.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
