using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Site.Tests.Browser;

/// <summary>
/// A built site served by Kestrel on 127.0.0.1 under a base path, as GitHub Pages serves a
/// project site: files under /repo/, directories answered by their index.html, 404 elsewhere.
/// </summary>
internal sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, Uri origin, string basePath)
    {
        _app = app;
        Origin = origin;
        BasePath = basePath;
    }

    /// <summary>http://127.0.0.1:port</summary>
    public Uri Origin { get; }

    /// <summary>"/repo/"</summary>
    public string BasePath { get; }

    /// <summary>The absolute URL of a site path ("/features/"): under the base path.</summary>
    public string Url(string sitePath) => new Uri(Origin, BasePath.TrimEnd('/') + sitePath).ToString();

    public static async Task<StaticSiteServer> StartAsync(string folder, string basePath)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = folder });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var files = new PhysicalFileProvider(folder);
        app.Map(basePath.TrimEnd('/'), site =>
        {
            site.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            site.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = files,
                ContentTypeProvider = new FileExtensionContentTypeProvider(),
                ServeUnknownFileTypes = true,
            });
        });
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new StaticSiteServer(app, new Uri(address), basePath);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
