namespace Site.Web.Tests.Support;

/// <summary>Where the repository's test inputs and reference tools are.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string TocCases => Path.Combine(Root, "tests", "Site.Web.Tests", "Toc", "Cases");

    public static string JsTools => Path.Combine(Root, "tests", "js");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Site.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Site.sln not found above " + AppContext.BaseDirectory);
    }
}
