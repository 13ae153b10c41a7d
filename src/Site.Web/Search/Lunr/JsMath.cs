namespace Site.Web.Search.Lunr;

/// <summary>
/// The two pieces of JavaScript arithmetic that lunr's scores depend on, reproduced bit for bit.
/// .NET's <see cref="Math.Log(double)"/> (the C runtime's) differs from V8's in the last bit for
/// about one idf in ten, which is enough to flip a score's third decimal now and then; V8 uses
/// fdlibm's algorithm, so that is what <see cref="Log"/> implements.
/// </summary>
internal static class JsMath
{
    private static readonly double Ln2High = BitConverter.UInt64BitsToDouble(0x3FE62E42FEE00000);
    private static readonly double Ln2Low = BitConverter.UInt64BitsToDouble(0x3DEA39EF35793C76);
    private static readonly double TwoPow54 = BitConverter.UInt64BitsToDouble(0x4350000000000000);
    private static readonly double Lg1 = BitConverter.UInt64BitsToDouble(0x3FE5555555555593);
    private static readonly double Lg2 = BitConverter.UInt64BitsToDouble(0x3FD999999997FA04);
    private static readonly double Lg3 = BitConverter.UInt64BitsToDouble(0x3FD2492494229359);
    private static readonly double Lg4 = BitConverter.UInt64BitsToDouble(0x3FCC71C51D8E78AF);
    private static readonly double Lg5 = BitConverter.UInt64BitsToDouble(0x3FC7466496CB03DE);
    private static readonly double Lg6 = BitConverter.UInt64BitsToDouble(0x3FC39A09D078C69F);
    private static readonly double Lg7 = BitConverter.UInt64BitsToDouble(0x3FC2F112DF3E5244);

    /// <summary>JavaScript's <c>Math.log</c> as V8 computes it (fdlibm's <c>__ieee754_log</c>):
    /// x = 2^k · (1 + f) with √2/2 ≤ 1 + f &lt; √2, then log(1 + f) from a minimax polynomial in
    /// s = f / (2 + f).</summary>
    public static double Log(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        int high = (int)(bits >> 32);
        int k = 0;
        if (high < 0x00100000)
        {
            if (((high & 0x7fffffff) | (int)(uint)bits) == 0)
            {
                return double.NegativeInfinity;
            }
            if (high < 0)
            {
                return double.NaN;
            }
            // Subnormal: scale into the normal range and remember the exponent.
            k -= 54;
            x *= TwoPow54;
            bits = BitConverter.DoubleToInt64Bits(x);
            high = (int)(bits >> 32);
        }
        if (high >= 0x7ff00000)
        {
            return x + x;
        }
        k += (high >> 20) - 1023;
        high &= 0x000fffff;
        int halve = (high + 0x95f64) & 0x100000;
        // Normalize x into [√2/2, √2): the exponent bits become 0 or -1 depending on the mantissa.
        x = BitConverter.Int64BitsToDouble(((long)(high | (halve ^ 0x3ff00000)) << 32) | (bits & 0xffffffffL));
        k += halve >> 20;
        double f = x - 1.0;
        double dk;
        if ((0x000fffff & (2 + high)) < 3)
        {
            // |f| < 2^-20: a short series is exact enough.
            if (f == 0)
            {
                if (k == 0)
                {
                    return 0;
                }
                dk = k;
                return dk * Ln2High + dk * Ln2Low;
            }
            double r0 = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0)
            {
                return f - r0;
            }
            dk = k;
            return dk * Ln2High - ((r0 - dk * Ln2Low) - f);
        }
        double s = f / (2.0 + f);
        dk = k;
        double z = s * s;
        int i = high - 0x6147a;
        double w = z * z;
        int j = 0x6b851 - high;
        double t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
        double t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
        i |= j;
        double r = t2 + t1;
        if (i > 0)
        {
            double halfFSquared = 0.5 * f * f;
            if (k == 0)
            {
                return f - (halfFSquared - s * (halfFSquared + r));
            }
            return dk * Ln2High - ((halfFSquared - (s * (halfFSquared + r) + dk * Ln2Low)) - f);
        }
        if (k == 0)
        {
            return f - s * (f - r);
        }
        return dk * Ln2High - ((s * (f - r) - dk * Ln2Low) - f);
    }

    /// <summary>JavaScript's <c>Math.round</c>: ties go towards +∞ (so -2.5 → -2, not -3), and
    /// the sign of zero survives (-0.4 → -0).</summary>
    public static double Round(double x)
    {
        if (!double.IsFinite(x) || Math.Abs(x) >= 4503599627370496.0)
        {
            return x; // already an integer (or NaN/∞)
        }
        double floor = Math.Floor(x);
        double rounded = x - floor >= 0.5 ? floor + 1 : floor;
        return rounded == 0 && (x < 0 || double.IsNegative(x)) ? -0.0 : rounded;
    }
}
