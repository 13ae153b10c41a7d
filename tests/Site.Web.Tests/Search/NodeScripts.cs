using System.Diagnostics;

namespace Site.Web.Tests.Search;

/// <summary>Runs the reference scripts in tests/js with node, where lunr.js 2.3.9 is installed.</summary>
internal static class NodeScripts
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string JsFolder => Path.Combine(RepositoryRoot, "tests", "js");

    public static string LunrFolder => Path.Combine(JsFolder, "node_modules", "lunr");

    /// <summary>Runs a script of tests/js and returns what it printed; fails on a non-zero exit.</summary>
    public static string Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = JsFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(JsFolder, script));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {script} exited with {process.ExitCode}: {error.Result}");
        }
        return output;
    }

    private static string FindRepositoryRoot()
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
