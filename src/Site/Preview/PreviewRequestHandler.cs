using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Site.Cli.Preview;

/// <summary>
/// Answers every request of the preview: the output folder under the base path (index.html for
/// folders, the site's 404.html for anything missing), the reload socket, and 404 for any path
/// that is not plainly inside the site. Nothing is cached by the browser: the next build may
/// change any file.
/// </summary>
internal sealed class PreviewRequestHandler(PreviewSite site)
{
    private const string NotFoundPage = "404.html";

    private static readonly byte[] FallbackNotFound = Encoding.UTF8.GetBytes(
        "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>Not found</title></head>\n<body><h1>Not found</h1>\n"
        + "<p>There is no such page in the output folder (yet).</p>\n</body></html>\n");

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        if (!HostNames.IsAllowed(request.Headers.Host, site.Address))
        {
            await PlainAsync(context, StatusCodes.Status400BadRequest, "Unexpected Host header.").ConfigureAwait(false);
            return;
        }

        var basePath = site.BasePath;
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "/";
        var path = RequestPath.Decode(rawTarget);
        if (path is null)
        {
            await NotFoundAsync(context, basePath).ConfigureAwait(false);
            return;
        }

        if (path == basePath + ReloadScript.SocketPath)
        {
            await SocketAsync(context).ConfigureAwait(false);
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await PlainAsync(context, StatusCodes.Status405MethodNotAllowed, "The preview only serves files.").ConfigureAwait(false);
            return;
        }

        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            if (path == "/" || path + "/" == basePath)
            {
                Redirect(context, basePath);
            }
            else
            {
                await NotFoundAsync(context, basePath).ConfigureAwait(false);
            }

            return;
        }

        switch (OutputFiles.Resolve(site.OutputFolder, path[basePath.Length..]))
        {
            case OutputFile.Found found:
                await SendAsync(context, found.Path, StatusCodes.Status200OK, basePath).ConfigureAwait(false);
                break;
            case OutputFile.Folder:
                Redirect(context, path + "/");
                break;
            default:
                await NotFoundAsync(context, basePath).ConfigureAwait(false);
                break;
        }
    }

    private async Task SocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await PlainAsync(context, StatusCodes.Status400BadRequest, "WebSocket requests only.").ConfigureAwait(false);
            return;
        }

        // Browsers send Origin on WebSockets and do not apply the same-origin policy to them: only our own pages may listen.
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length > 0 && !(Uri.TryCreate(origin, UriKind.Absolute, out var originUri)
                                   && string.Equals(originUri.Authority, context.Request.Host.Value, StringComparison.OrdinalIgnoreCase)))
        {
            await PlainAsync(context, StatusCodes.Status403Forbidden, "Other sites may not listen to the preview.").ConfigureAwait(false);
            return;
        }

        await site.Hub.AcceptAsync(context, site.State.Current).ConfigureAwait(false);
    }

    private async Task SendAsync(HttpContext context, string file, int status, string basePath)
    {
        byte[]? html = null;
        long length;
        try
        {
            if (IsHtml(file))
            {
                html = ReloadScript.InjectInto(await File.ReadAllBytesAsync(file, context.RequestAborted).ConfigureAwait(false), basePath, site.State.Current.Site);
                length = html.Length;
            }
            else
            {
                length = new FileInfo(file).Length;
            }
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            // A build swapped the output folder between finding the file and reading it.
            await NotFoundAsync(context, basePath).ConfigureAwait(false);
            return;
        }

        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = ContentTypes.For(file);
        response.ContentLength = length;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        if (html is not null)
        {
            await response.Body.WriteAsync(html, context.RequestAborted).ConfigureAwait(false);
        }
        else
        {
            await response.SendFileAsync(file, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private async Task NotFoundAsync(HttpContext context, string basePath)
    {
        if (OutputFiles.Resolve(site.OutputFolder, NotFoundPage) is OutputFile.Found page)
        {
            await SendAsync(context, page.Path, StatusCodes.Status404NotFound, basePath).ConfigureAwait(false);
            return;
        }

        // No site yet (the first build failed): still a page, so the error overlay can show.
        var body = ReloadScript.InjectInto(FallbackNotFound, basePath, site.State.Current.Site);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status404NotFound;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static void Redirect(HttpContext context, string decodedPath)
    {
        // 302, not 301: browsers keep permanent redirects, and the next build may add a page there.
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = EncodePath(decodedPath) + context.Request.QueryString.Value;
    }

    private static async Task PlainAsync(HttpContext context, int status, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(text + "\n", context.RequestAborted).ConfigureAwait(false);
    }

    private static bool IsHtml(string file)
        => file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    private static string EncodePath(string decodedPath) => string.Join('/', decodedPath.Split('/').Select(Uri.EscapeDataString));
}
