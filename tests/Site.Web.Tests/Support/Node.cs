using System.Diagnostics;

namespace Site.Web.Tests.Support;

/// <summary>Runs the reference JavaScript tools of tests/js (restored by this project's build).</summary>
internal static class Node
{
    public static string Doctoc => Path.Combine(RepositoryPaths.JsTools, "node_modules", "doctoc", "doctoc.js");

    /// <summary>Runs node with the arguments; returns stdout, fails the test on a non-zero exit unless allowed.</summary>
    public static (int ExitCode, string Output) Run(IEnumerable<string> arguments, string? input = null, bool allowFailure = false)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.JsTools,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 && !allowFailure)
        {
            throw new InvalidOperationException($"node {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}: {error.Result}");
        }

        return (process.ExitCode, output);
    }

    /// <summary>Runs <c>doctoc --github</c> with the options over a directory or file, in place.</summary>
    public static void RunDoctoc(string target, IEnumerable<string> options)
        => Run([Doctoc, "--github", .. options, target]);

    /// <summary>Runs a script of tests/js/scripts with JSON on stdin; returns its stdout.</summary>
    public static string RunScript(string script, string? input = null, params string[] arguments)
        => Run([Path.Combine(RepositoryPaths.JsTools, "scripts", script), .. arguments], input).Output;
}
