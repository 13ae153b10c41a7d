using System.Net;

namespace Site.Cli.Preview;

/// <summary>
/// Which Host headers a loopback-only preview answers. Refusing other names stops DNS
/// rebinding: a web page whose name is made to point at 127.0.0.1 cannot read the preview.
/// </summary>
internal static class HostNames
{
    public static bool IsAllowed(string? hostHeader, IPAddress listening)
    {
        if (!IPAddress.IsLoopback(listening))
        {
            // Listening on a LAN address or all addresses (--host): any name a colleague uses may reach it.
            return true;
        }

        if (string.IsNullOrEmpty(hostHeader))
        {
            return false;
        }

        var host = HostWithoutPort(hostHeader);
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
               || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
               || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }

    private static string HostWithoutPort(string hostHeader)
    {
        if (hostHeader.StartsWith('['))
        {
            var close = hostHeader.IndexOf(']', StringComparison.Ordinal);
            return close < 0 ? hostHeader : hostHeader[..(close + 1)];
        }

        var colon = hostHeader.LastIndexOf(':');
        return colon < 0 ? hostHeader : hostHeader[..colon];
    }
}
