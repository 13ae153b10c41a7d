using System.Text;

namespace Site.Web.Tests.Support;

internal static class TestFiles
{
    /// <summary>UTF-8 exactly as doctoc reads and writes it: a byte order mark stays a character.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string Read(string path) => Utf8.GetString(File.ReadAllBytes(path));

    public static void Write(string path, string text) => File.WriteAllBytes(path, Utf8.GetBytes(text));

    public static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    public static string ToCrlf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);

    /// <summary>Shows line endings and invisible characters, so a failing comparison reads well.</summary>
    public static string Visible(string text)
        => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
