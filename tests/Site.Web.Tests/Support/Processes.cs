using System.Diagnostics;

namespace Site.Web.Tests.Support;

/// <summary>Runs a program a test needs (git, stat, lsattr); fails the test, with what it printed to stderr, unless it exits 0.</summary>
internal static class Processes
{
    /// <summary>Returns what the program printed to stdout.</summary>
    public static string Run(string program, IEnumerable<string> arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var errors = process.StandardError.ReadToEndAsync(); // read alongside stdout: neither pipe can fill up and stall the other
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', start.ArgumentList)}: {errors.Result}");
        return output;
    }
}
