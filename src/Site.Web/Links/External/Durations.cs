using System.Globalization;

namespace Site.Web.Links.External;

internal static class Durations
{
    /// <summary>"10 s", "0.5 s", "3600 s": seconds read best in messages about timeouts and waits.</summary>
    public static string Seconds(TimeSpan duration)
        => duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";
}
