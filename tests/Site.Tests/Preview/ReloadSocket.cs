using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Site.Tests.Preview;

/// <summary>A test's stand-in for an open page: listens on the preview's socket as the injected script does.</summary>
internal sealed class ReloadSocket : IDisposable
{
    private readonly ClientWebSocket _socket = new();

    public static async Task<ReloadSocket> ConnectAsync(Uri url)
    {
        var socket = new ReloadSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await socket._socket.ConnectAsync(url, timeout.Token);
        return socket;
    }

    /// <summary>The next status message: the served site's id and the errors of a failed build (or null).</summary>
    public async Task<(string Site, string? Errors)> ReceiveAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer, cancel.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray()));
        return (json.RootElement.GetProperty("site").GetString()!, json.RootElement.GetProperty("errors").GetString());
    }

    public void Dispose() => _socket.Dispose();
}
