using Site.Web.Toc;

namespace Site.Web.Tests.Toc;

/// <summary>
/// The corpus under Toc/Cases: one folder per doctoc option set, every file in it run through
/// doctoc with those options.
/// </summary>
internal static class CaseSets
{
    public static readonly IReadOnlyDictionary<string, (string[] DoctocArguments, DoctocOptions Options)> All =
        new Dictionary<string, (string[], DoctocOptions)>(StringComparer.Ordinal)
        {
            ["default"] = ([], DoctocOptions.Default),
            ["maxlevel-2"] = (["--maxlevel", "2"], new DoctocOptions { MaxLevel = 2 }),
            ["title"] = (["--title", "## Contents"], new DoctocOptions { Title = "## Contents" }),
            ["notitle"] = (["--notitle"], new DoctocOptions { NoTitle = true }),
            ["update-only"] = (["--update-only"], new DoctocOptions { UpdateOnly = true }),
        };

    public static string Folder(string set) => Path.Combine(Support.RepositoryPaths.TocCases, set);

    public static TheoryData<string, string> Files()
    {
        var data = new TheoryData<string, string>();
        foreach (var set in All.Keys)
        {
            foreach (var file in Directory.GetFiles(Folder(set)).Order(StringComparer.Ordinal))
            {
                data.Add(set, Path.GetFileName(file));
            }
        }

        return data;
    }
}
