using System.Collections.Concurrent;

namespace Site.Web.Tests.Support;

/// <summary>
/// What the real doctoc makes of a directory of markdown files: it runs once per directory,
/// transformation and option set (on copies in a temp folder) and the results are shared.
/// </summary>
internal static class DoctocReference
{
    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyDictionary<string, string>>> Runs = new();

    /// <summary>File name → content after doctoc, for every file of <paramref name="directory"/>.</summary>
    /// <param name="prepare">Applied to each file's content before doctoc runs (e.g. to make it CRLF).</param>
    /// <param name="passes">How many times doctoc runs over the files.</param>
    public static IReadOnlyDictionary<string, string> Outputs(
        string directory, string[] options, string variant = "", Func<string, string>? prepare = null, int passes = 1)
    {
        var key = string.Join('|', directory, variant, passes, string.Join(' ', options));
        return Runs.GetOrAdd(key, _ => new Lazy<IReadOnlyDictionary<string, string>>(
            () => Run(directory, options, prepare, passes))).Value;
    }

    private static Dictionary<string, string> Run(string directory, string[] options, Func<string, string>? prepare, int passes)
    {
        using var temp = new TempDirectory();
        foreach (var file in Directory.GetFiles(directory))
        {
            var content = TestFiles.Read(file);
            TestFiles.Write(temp.Combine(Path.GetFileName(file)), prepare is null ? content : prepare(content));
        }

        for (var pass = 0; pass < passes; pass++)
        {
            Node.RunDoctoc(temp.Path, options);
        }

        return Directory.GetFiles(temp.Path).ToDictionary(file => Path.GetFileName(file), TestFiles.Read, StringComparer.Ordinal);
    }
}
