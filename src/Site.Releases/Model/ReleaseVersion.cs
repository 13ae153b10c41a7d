using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Site.Releases.Model;

/// <summary>A minor release such as v1.7; patch numbers (1.7.3) belong to their minor release.</summary>
public readonly record struct ReleaseVersion(int Major, int Minor) : IComparable<ReleaseVersion>
{
    public int CompareTo(ReleaseVersion other)
        => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator <(ReleaseVersion left, ReleaseVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(ReleaseVersion left, ReleaseVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(ReleaseVersion left, ReleaseVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(ReleaseVersion left, ReleaseVersion right) => left.CompareTo(right) >= 0;

    /// <summary>"v1.7": the form used in URLs and on pages.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"v{Major}.{Minor}");

    /// <summary>"1.7", "v1.7", "V1.7.0", "1.7.x".</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ReleaseVersion? version)
    {
        version = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        if (span.Length > 0 && span[0] is 'v' or 'V')
        {
            span = span[1..];
        }

        var dot = span.IndexOf('.');
        if (dot <= 0)
        {
            return false;
        }

        var rest = span[(dot + 1)..];
        var end = 0;
        while (end < rest.Length && char.IsAsciiDigit(rest[end]))
        {
            end++;
        }

        if (end == 0 || !int.TryParse(span[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(rest[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var minor))
        {
            return false;
        }

        version = new ReleaseVersion(major, minor);
        return true;
    }
}
