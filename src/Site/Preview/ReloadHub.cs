using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Site.Cli.Preview;

/// <summary>
/// The open pages' WebSockets: each gets the current status when it connects and every status
/// after a build. Messages only go out; the server reads solely to notice a page closing.
/// </summary>
internal sealed class ReloadHub : IDisposable
{
    private readonly ConcurrentDictionary<Guid, Page> _pages = new();
    private readonly CancellationTokenSource _stopping = new();

    public int OpenPages => _pages.Count;

    /// <summary>Serves one page's socket until the page or the server goes away.</summary>
    public async Task AcceptAsync(HttpContext context, PreviewStatus current)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        using var page = new Page(socket);
        var id = Guid.NewGuid();
        _pages[id] = page;
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        try
        {
            await page.SendAsync(Serialize(current), ended.Token).ConfigureAwait(false);
            var buffer = new byte[256];
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, ended.Token).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or IOException)
        {
            // The page went away or the server is stopping: nothing to tell anyone.
        }
        finally
        {
            _pages.TryRemove(id, out _);
        }
    }

    /// <summary>Sends a status to every open page; a page that cannot take it is dropped.</summary>
    public async Task BroadcastAsync(PreviewStatus status)
    {
        var message = Serialize(status);
        await Task.WhenAll(_pages.Values.Select(page => page.SendAsync(message, _stopping.Token))).ConfigureAwait(false);
    }

    /// <summary>Ends every socket so the server can stop without waiting for pages to close them.</summary>
    public void Stop() => _stopping.Cancel();

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    internal static byte[] Serialize(PreviewStatus status)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("site", status.Site);
            json.WriteString("errors", status.Errors);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private sealed class Page(WebSocket socket) : IDisposable
    {
        // A WebSocket allows one send at a time; builds and the greeting may overlap.
        private readonly SemaphoreSlim _sending = new(1, 1);

        public async Task SendAsync(byte[] message, CancellationToken cancellationToken)
        {
            try
            {
                await _sending.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
            {
                // The server is stopping, or the page closed while a build finished.
                return;
            }

            try
            {
                if (socket.State == WebSocketState.Open)
                {
                    await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or IOException or ObjectDisposedException)
            {
                socket.Abort();
            }
            finally
            {
                ReleaseSending();
            }
        }

        public void Dispose() => _sending.Dispose();

        // The page may close (and dispose this) while a broadcast to it is still finishing.
        private void ReleaseSending()
        {
            try
            {
                _sending.Release();
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }
}
