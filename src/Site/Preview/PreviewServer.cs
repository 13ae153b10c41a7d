using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Site.Cli.Preview;

/// <summary>Kestrel with nothing but the preview's handler: no configuration files, no environment, no logging.</summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PreviewServer(WebApplication app, Uri origin)
    {
        _app = app;
        Origin = origin;
    }

    /// <summary>Where the server listens, e.g. http://127.0.0.1:5080 (the real port when 0 was asked for).</summary>
    public Uri Origin { get; }

    public static async Task<PreviewServer> StartAsync(PreviewSite site, int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "site-preview" });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Explicit, small limits: a preview gets page and asset requests, nothing bigger. Oversized
            // headers are answered 431 before our code runs; a GET with a large body is refused too.
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestHeaderCount = 100;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.Limits.MaxRequestBodySize = 64 * 1024;
            kestrel.Listen(site.Address, port, listen => listen.Protocols = HttpProtocols.Http1);
        });
        // The WebSocket middleware logs through ILoggerFactory; with no providers nothing is printed.
        builder.Services.AddLogging();
        var app = builder.Build();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(15) });
        var handler = new PreviewRequestHandler(site);
        app.Run(handler.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new CannotListenException($"cannot listen on {site.Address}:{port}: {ex.Message}", ex);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel did not say where it listens.");
        return new PreviewServer(app, new Uri(address));
    }

    /// <summary>The address to print and open: a wildcard listener is reachable on this machine as localhost.</summary>
    public static Uri Browsable(Uri origin, IPAddress listening)
        => listening.Equals(IPAddress.Any) || listening.Equals(IPAddress.IPv6Any)
            ? new UriBuilder(origin) { Host = "localhost" }.Uri
            : origin;

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
