using Microsoft.AspNetCore.StaticFiles;

namespace Site.Cli.Preview;

/// <summary>Content types by extension; every text type says it is UTF-8, as the site writes it.</summary>
internal static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Provider = CreateProvider();

    public static string For(string path)
    {
        var type = Provider.TryGetContentType(path, out var known) ? known : "application/octet-stream";
        return IsText(type) ? type + "; charset=utf-8" : type;
    }

    private static bool IsText(string type)
        => type.StartsWith("text/", StringComparison.Ordinal)
           || type is "application/javascript" or "application/json" or "application/xml" or "image/svg+xml"
               or "application/atom+xml" or "application/rss+xml" or "application/manifest+json" or "application/xhtml+xml";

    private static FileExtensionContentTypeProvider CreateProvider()
    {
        var provider = new FileExtensionContentTypeProvider();
        // The provider's defaults are older than these files' registered types.
        provider.Mappings[".js"] = "text/javascript";
        provider.Mappings[".mjs"] = "text/javascript";
        provider.Mappings[".xml"] = "application/xml";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        provider.Mappings[".md"] = "text/markdown";
        provider.Mappings[".yml"] = "text/yaml";
        provider.Mappings[".yaml"] = "text/yaml";
        return provider;
    }
}
