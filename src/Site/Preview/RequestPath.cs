using System.Text;

namespace Site.Cli.Preview;

/// <summary>
/// Reads the path of a request from the raw request target, as the client sent it. Kestrel's own
/// Request.Path has already decoded "%2e%2e" and removed dot segments, which would quietly turn
/// "/%2e%2e/x" into "/x"; a preview that answers such a request with anything but 404 invites
/// path tricks, so anything that looks like traversal is refused here before a file is looked up.
/// </summary>
internal static class RequestPath
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The decoded path ("/x/docs/a/"), or null when the target is not a plain path: dot segments
    /// (also percent-encoded), backslashes, empty segments ("//etc"), control characters, colons
    /// (drive letters, streams), bad escapes or bad UTF-8.
    /// </summary>
    public static string? Decode(string rawTarget)
    {
        var raw = WithoutQuery(AbsoluteFormPath(rawTarget) ?? string.Empty);
        if (raw.Length == 0 || raw[0] != '/' || raw.Contains('\\', StringComparison.Ordinal))
        {
            return null;
        }

        var decoded = PercentDecode(raw);
        if (decoded is null || decoded.Any(c => char.IsControl(c) || c is '\\' or ':'))
        {
            return null;
        }

        var segments = decoded.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            var segment = segments[i];
            var isLast = i == segments.Length - 1;
            // "...", ". " and the like are "." or ".." to Windows, which drops trailing dots and spaces.
            var onlyDots = segment.Length > 0 && segment.TrimEnd('.', ' ').Length == 0;
            if (onlyDots || (segment.Length == 0 && !isLast))
            {
                return null;
            }
        }

        return decoded;
    }

    // "GET http://host/path HTTP/1.1" is legal (absolute-form); its path is what follows the authority.
    private static string? AbsoluteFormPath(string rawTarget)
    {
        if (rawTarget.StartsWith('/'))
        {
            return rawTarget;
        }

        var scheme = rawTarget.IndexOf("://", StringComparison.Ordinal);
        if (scheme <= 0)
        {
            return null;
        }

        var pathStart = rawTarget.IndexOf('/', scheme + 3);
        return pathStart < 0 ? "/" : rawTarget[pathStart..];
    }

    private static string WithoutQuery(string target)
    {
        var end = target.IndexOfAny(['?', '#']);
        return end < 0 ? target : target[..end];
    }

    private static string? PercentDecode(string raw)
    {
        if (!raw.Contains('%', StringComparison.Ordinal))
        {
            return raw;
        }

        var bytes = new List<byte>(raw.Length);
        var i = 0;
        while (i < raw.Length)
        {
            if (raw[i] != '%')
            {
                var next = raw.IndexOf('%', i);
                var end = next < 0 ? raw.Length : next;
                bytes.AddRange(Encoding.UTF8.GetBytes(raw[i..end]));
                i = end;
                continue;
            }

            if (i + 2 >= raw.Length || !Uri.IsHexDigit(raw[i + 1]) || !Uri.IsHexDigit(raw[i + 2]))
            {
                return null;
            }

            bytes.Add((byte)((Uri.FromHex(raw[i + 1]) << 4) | Uri.FromHex(raw[i + 2])));
            i += 3;
        }

        try
        {
            return StrictUtf8.GetString([.. bytes]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
