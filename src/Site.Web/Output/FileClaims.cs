using System.Collections.Concurrent;
using Site.Engine.Diagnostics;

namespace Site.Web.Output;

/// <summary>
/// Which document writes which file of the site. Paths are compared the way a case-insensitive
/// file system (and a URL typed by hand) would: two documents claiming one file is an error
/// naming both, whichever claimed it first.
/// </summary>
internal sealed class FileClaims
{
    private readonly ConcurrentDictionary<string, (string Writer, string Destination)> _claims = new(StringComparer.Ordinal);

    public int Count => _claims.Count;

    /// <summary>Every file claimed, as its writer named it (no leading '/').</summary>
    public IEnumerable<string> Destinations => _claims.Values.Select(v => v.Destination);

    public bool Contains(string destination) => _claims.ContainsKey(Normalize(destination));

    /// <summary>True when <paramref name="writer"/> may write the file; false (an error reported) when another document claimed it.</summary>
    public bool Claim(string destination, string writer, IDiagnostics diagnostics)
    {
        var key = Normalize(destination);
        if (_claims.TryAdd(key, (writer, destination.TrimStart('/'))))
        {
            return true;
        }

        // Which writer came first depends on thread timing; the report must not.
        var names = new[] { writer, _claims[key].Writer }.Order(StringComparer.Ordinal).ToArray();
        diagnostics.Report(Diagnostic.Error(
            $"{names[0]} and {names[1]} both write {destination}; give one of them another url or slug",
            new SourceLocation(names[0]), "output.duplicate"));
        return false;
    }

    private static string Normalize(string destination) => destination.Replace('\\', '/').TrimStart('/').ToLowerInvariant();
}
