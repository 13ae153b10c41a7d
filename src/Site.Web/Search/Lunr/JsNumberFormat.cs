using System.Globalization;

namespace Site.Web.Search.Lunr;

/// <summary>
/// Numbers as JSON.stringify writes them: JavaScript's Number::toString (the shortest digits that
/// read back as the same double, in plain notation from 1e-6 up to 1e21 and as "1.5e+21" or
/// "1e-7" beyond), "0" for -0 and "null" for NaN and the infinities.
/// </summary>
internal static class JsNumberFormat
{
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            return "null";
        }
        if (value == 0)
        {
            return "0";
        }
        // .NET's "R" gives the same shortest digits; only the layout differs.
        string roundTrip = value.ToString("R", CultureInfo.InvariantCulture);
        bool negative = roundTrip[0] == '-';
        ReadOnlySpan<char> rest = roundTrip.AsSpan(negative ? 1 : 0);
        int exponent = 0;
        int e = rest.IndexOf('E');
        if (e >= 0)
        {
            exponent = int.Parse(rest[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            rest = rest[..e];
        }
        int point = rest.IndexOf('.');
        int integerDigits = point >= 0 ? point : rest.Length;
        string digits = point >= 0 ? string.Concat(rest[..point], rest[(point + 1)..]) : rest.ToString();
        int leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        // value = 0.digits × 10^n
        int n = integerDigits - leadingZeros + exponent;
        return (negative ? "-" : "") + Layout(digits, n);
    }

    private static string Layout(string digits, int n)
    {
        int k = digits.Length;
        if (k <= n && n <= 21)
        {
            return digits + new string('0', n - k);
        }
        if (0 < n && n <= 21)
        {
            return digits[..n] + "." + digits[n..];
        }
        if (-6 < n && n <= 0)
        {
            return "0." + new string('0', -n) + digits;
        }
        int exponent = n - 1;
        string mantissa = k == 1 ? digits : digits[..1] + "." + digits[1..];
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
    }
}
