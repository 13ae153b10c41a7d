using System.Collections.Concurrent;

namespace Site.Web.Links;

/// <summary>
/// One copy of each string that many documents share (link targets, group labels): facts and
/// links are kept until the end of a build, and on a large site most of them are repeats.
/// </summary>
public sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    public string Get(string text) => _strings.GetOrAdd(text, text);
}
