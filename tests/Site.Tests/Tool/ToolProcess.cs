using System.Diagnostics;
using System.Reflection;
using Xunit.Abstractions;

namespace Site.Tests.Tool;

/// <summary>Runs dotnet or the installed tool as a real process, logs what it printed and fails on an exit code other than the expected one.</summary>
internal sealed class ToolProcess(ITestOutputHelper log)
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The configuration this test run built src/Site in.</summary>
    public static string Configuration
        => typeof(ToolProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    // `dotnet test` says which dotnet runs it; the tool's launcher needs the same runtime.
    public static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static string DotnetRoot => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));

    public async Task<string> RunAsync(string program, string[] arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null, int expectedExit = 0)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_ROOT"] = DotnetRoot;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["CI"] = "true";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + program);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StepTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} took longer than {StepTimeout}");
        }

        var output = await stdout + await stderr;
        log.WriteLine($"$ {Path.GetFileName(program)} {string.Join(' ', arguments)}\n{output}");
        Assert.True(process.ExitCode == expectedExit, $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}, not {expectedExit}:\n{output}");
        return output;
    }
}
