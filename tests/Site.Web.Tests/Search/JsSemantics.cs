using System.Text.Json;

namespace Site.Web.Tests.Search;

/// <summary>What node and lunr.js do with the small things lunr's output depends on
/// (tests/js/js-semantics.js), read once for all tests.</summary>
public sealed class JsSemantics
{
    public JsSemantics()
    {
        Report = JsonDocument.Parse(NodeScripts.Run("js-semantics.js")).RootElement;
    }

    public JsonElement Report { get; }

    public static double DoubleFromHex(string hex) =>
        BitConverter.Int64BitsToDouble(long.Parse(hex, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture));
}
