using System.Runtime;
using System.Runtime.CompilerServices;

namespace Site.Cli.Startup;

/// <summary>
/// The runtime's multi-core JIT (<see cref="ProfileOptimization"/>): a run notes which methods a
/// command compiled, and the next run of that command compiles them ahead of use on a core that
/// is otherwise waiting. Start-up is mostly compilation (about 2,500 methods, 1.4 s of CPU): with
/// the profile the seed site builds in ~1.3 s instead of ~1.7 s (bench/PROFILE.md, ninth round).
/// </summary>
/// <remarks>
/// <para>
/// The profile is one file per command in the user's cache folder (like Hugo's cacheDir), never
/// in the project or the output. The runtime plays it back and records the new one into the same
/// file, so a run works on its own copy, and the copy replaces the profile (by a rename, so a run
/// starting meanwhile never reads half a file) only when the command succeeded: a run that
/// stopped at bad settings or printed help must not leave a profile of a few hundred methods.
/// </para>
/// <para>
/// A profile made by another build of the tool is ignored by the runtime (it checks each
/// assembly's identity) and replaced. <c>SITE_JIT_PROFILE=0</c> turns it off.
/// </para>
/// </remarks>
internal sealed class JitProfile
{
    public const string SwitchVariable = "SITE_JIT_PROFILE";

    private const string ToolFolder = "kubereleases-site";
    private const string Extension = ".jitprofile";

    // A copy left by a run that was killed is removed by a later run once it is surely not in use.
    private static readonly TimeSpan LeftoverAge = TimeSpan.FromHours(1);

    private readonly string _profile;
    private readonly string _copy;

    private JitProfile(string profile, string copy)
    {
        _profile = profile;
        _copy = copy;
    }

    /// <summary>Starts playing back and recording the command's profile, or returns null when it is off or cannot be kept.</summary>
    public static JitProfile? Start(string command)
    {
        // Below two cores the runtime does not play profiles back at all; the native (AOT) build
        // compiles nothing at run time, so it keeps no profile and writes nothing outside the output.
        if (Environment.GetEnvironmentVariable(SwitchVariable) == "0" || Environment.ProcessorCount < 2
            || !RuntimeFeature.IsDynamicCodeSupported || Folder() is not { } folder)
        {
            return null;
        }

        var profile = Path.Combine(folder, command + Extension);
        var copyName = command + "." + Environment.ProcessId + Extension;
        var copy = Path.Combine(folder, copyName);
        try
        {
            Directory.CreateDirectory(folder);
            RemoveLeftovers(folder, command);
            if (File.Exists(profile))
            {
                File.Copy(profile, copy, overwrite: true);
                File.SetLastWriteTimeUtc(copy, DateTime.UtcNow); // its age tells others it is in use
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // no cache folder, no profile: the build is the same, only its start is slower
        }

        ProfileOptimization.SetProfileRoot(folder);
        ProfileOptimization.StartProfile(copyName);
        return new JitProfile(profile, copy);
    }

    /// <summary>Ends recording: the copy becomes the profile when the command succeeded, else it is dropped.</summary>
    public void Finish(bool succeeded)
    {
        // Without a name the runtime stops, writing what it recorded into the copy now, not at exit.
        ProfileOptimization.StartProfile(null);
        try
        {
            if (succeeded && File.Exists(_copy))
            {
                File.Move(_copy, _profile, overwrite: true);
            }
            else
            {
                File.Delete(_copy);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The next run starts without a profile, or finds the leftover copy and removes it.
        }
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
            return Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData) is { Length: > 0 } local && Path.IsPathFullyQualified(local) ? local : null;
        }

        // A relative HOME (some CI set HOME=.) would put the cache into the site root.
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length == 0 || !Path.IsPathFullyQualified(home))
        {
            return null;
        }

        return OperatingSystem.IsMacOS() ? Path.Combine(home, "Library", "Caches") : Path.Combine(home, ".cache");
    }

    private static void RemoveLeftovers(string folder, string command)
    {
        foreach (var leftover in Directory.EnumerateFiles(folder, command + ".*" + Extension))
        {
            if (DateTime.UtcNow - File.GetLastWriteTimeUtc(leftover) > LeftoverAge)
            {
                File.Delete(leftover);
            }
        }
    }
}
