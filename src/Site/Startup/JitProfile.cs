using System.Runtime;

namespace Site.Cli.Startup;

/// <summary>
/// The runtime's multi-core JIT (<see cref="ProfileOptimization"/>): each run notes which methods a
/// command compiled, and the next run of that command compiles them ahead of use on a core that
/// is otherwise waiting. Start-up is mostly compilation (about 2,500 methods, 1.4 s of CPU), so
/// this takes ~0.4 s off a small site's build and ~0.35 s off a 1,000-page one (bench/PROFILE.md).
/// </summary>
/// <remarks>
/// The record is one file per command in the user's cache folder (like Hugo's cacheDir), never in
/// the project or the output. A record from another build of the tool is ignored by the runtime
/// (it checks each assembly's identity) and replaced at exit. <c>SITE_JIT_PROFILE=0</c> turns it off.
/// </remarks>
internal static class JitProfile
{
    public const string SwitchVariable = "SITE_JIT_PROFILE";

    private const string ToolFolder = "kubereleases-site";

    private static readonly string[] Commands = ["build", "check", "toc", "preview"];

    /// <summary>Starts playing back and recording the command's profile; does nothing for help or usage errors.</summary>
    public static void Start(string[] args)
    {
        if (args is not [var command, ..] || !Commands.Contains(command, StringComparer.Ordinal)
            || Environment.GetEnvironmentVariable(SwitchVariable) == "0"
            || Folder() is not { } folder)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return; // no cache folder, no profile: the build is the same, only its start is slower
        }

        ProfileOptimization.SetProfileRoot(folder);
        ProfileOptimization.StartProfile(command + ".jitprofile");
    }

    /// <summary>The tool's folder in the user's cache folder: $XDG_CACHE_HOME, else the platform's.</summary>
    public static string? Folder()
    {
        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathFullyQualified(xdg)
            ? xdg
            : PlatformCache();
        return cache is null ? null : Path.Combine(cache, ToolFolder);
    }

    private static string? PlatformCache()
    {
        if (OperatingSystem.IsWindows())
        {
            return Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData) is { Length: > 0 } local ? local : null;
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length == 0)
        {
            return null;
        }

        return OperatingSystem.IsMacOS() ? Path.Combine(home, "Library", "Caches") : Path.Combine(home, ".cache");
    }
}
