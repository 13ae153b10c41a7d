namespace Site.Web.Text;

/// <summary>
/// FNV-1a over UTF-16 code units: the same text gives the same number in every run and on every
/// machine (string.GetHashCode does not), so sets of hashes can stand in for sets of words.
/// </summary>
public static class StableHash
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static long Of(ReadOnlySpan<char> text)
    {
        var hash = Offset;
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return unchecked((long)hash);
    }

    /// <summary>How many values two sorted arrays share.</summary>
    public static int Shared(long[] a, long[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }
}
