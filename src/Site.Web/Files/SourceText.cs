using System.Text;
using Site.Engine.Diagnostics;

namespace Site.Web.Files;

/// <summary>
/// Turns file bytes into text the way contributors expect: a UTF-8 byte-order mark is dropped,
/// invalid UTF-8 is replaced with U+FFFD and reported as a warning naming the file and the first
/// bad line, and line endings are kept exactly as written (CRLF stays CRLF).
/// </summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes, string path, IDiagnostics diagnostics)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = ex.Index >= 0 ? ex.Index : FirstInvalidOffset(bytes);
            var line = 1 + bytes[..Math.Min(offset, bytes.Length)].Count((byte)'\n');
            diagnostics.Report(Diagnostic.Warning(
                "the file is not valid UTF-8; invalid bytes were replaced with U+FFFD",
                new SourceLocation(path, line),
                "text.utf8",
                "save the file as UTF-8"));
            return Encoding.UTF8.GetString(bytes);
        }
    }

    private static int FirstInvalidOffset(ReadOnlySpan<byte> bytes)
        => System.Text.Unicode.Utf8.IsValid(bytes) ? bytes.Length : Math.Max(0, Encoding.UTF8.GetCharCount(bytes));
}
