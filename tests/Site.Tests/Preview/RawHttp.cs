using System.Net.Sockets;
using System.Text;

namespace Site.Tests.Preview;

/// <summary>
/// Sends a request exactly as written. HttpClient (like browsers) normalizes "..", "%2e" and
/// backslashes away before sending, so traversal attempts must go over a bare socket.
/// </summary>
internal static class RawHttp
{
    public static async Task<(int Status, string Response)> SendAsync(Uri origin, string target, string extraHeaders = "")
    {
        var request = $"GET {target} HTTP/1.1\r\nHost: {origin.Authority}\r\n{extraHeaders}Connection: close\r\n\r\n";
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        using var client = new TcpClient();
        await client.ConnectAsync(origin.Host, origin.Port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), timeout.Token);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync(timeout.Token);
        var statusLine = response.Split("\r\n", 2)[0];
        var parts = statusLine.Split(' ');
        return (parts.Length > 1 && int.TryParse(parts[1], out var status) ? status : 0, response);
    }
}
