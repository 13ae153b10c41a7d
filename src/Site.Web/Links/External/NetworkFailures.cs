using System.Net.Sockets;

namespace Site.Web.Links.External;

/// <summary>Turns HttpClient's exceptions into a status, a readable reason, and whether to retry.</summary>
internal static class NetworkFailures
{
    public static HopFailed RequestTimedOut(TimeSpan timeout)
        => new(ExternalLinkStatus.TimedOut, $"timed out after {Durations.Seconds(timeout)}", IsTransient: true);

    public static HopFailed ConnectTimedOut(TimeSpan timeout)
        => new(ExternalLinkStatus.TimedOut, $"could not connect within {Durations.Seconds(timeout)}", IsTransient: true);

    /// <summary>
    /// DNS failures, refused connections and TLS errors are properties of the host that a retry a
    /// second later will not change; resets and truncated responses often are momentary. A
    /// server that hangs up without answering may be one that mishandles HEAD, so GET is tried.
    /// </summary>
    public static HopFailed Classify(HttpRequestException exception, Uri uri, TimeSpan connectTimeout)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception.InnerException is TimeoutException)
        {
            return ConnectTimedOut(connectTimeout);
        }

        var reason = InnermostMessage(exception);
        return exception.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError
                => Failed($"could not resolve host {uri.IdnHost}"),
            HttpRequestError.SecureConnectionError
                => Failed($"TLS handshake failed: {reason}"),
            HttpRequestError.ConnectionError when FindSocketError(exception) is SocketError.ConnectionRefused
                => Failed($"connection refused by {uri.IdnHost}:{uri.Port}"),
            HttpRequestError.ConnectionError when FindSocketError(exception) is SocketError.HostNotFound or SocketError.NoData
                => Failed($"could not resolve host {uri.IdnHost}"),
            HttpRequestError.ConnectionError
                => Failed($"connection failed: {reason}", transient: true),
            HttpRequestError.ResponseEnded or HttpRequestError.InvalidResponse or HttpRequestError.HttpProtocolError
                => Failed($"no valid response: {reason}", transient: true, methodRelated: true),
            _ => Failed($"request failed: {reason}"),
        };
    }

    private static HopFailed Failed(string detail, bool transient = false, bool methodRelated = false)
        => new(ExternalLinkStatus.ConnectionFailed, detail, IsTransient: transient, MayBeMethodRelated: methodRelated);

    private static SocketError? FindSocketError(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is SocketException socket)
            {
                return socket.SocketErrorCode;
            }
        }

        return null;
    }

    private static string InnermostMessage(Exception exception)
    {
        var current = exception;
        while (current.InnerException is not null)
        {
            current = current.InnerException;
        }

        return current.Message.TrimEnd('.');
    }
}
