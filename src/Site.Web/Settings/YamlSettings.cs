using Site.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Site.Web.Settings;

/// <summary>
/// Loads a settings file (YAML, camelCase keys) into a typed object. Unknown keys and wrong types
/// are errors at the file, line and column, so a typo in the settings never passes silently.
/// </summary>
public static class YamlSettings
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <summary>Returns the settings, defaults when the file does not exist, null when it is invalid (errors reported).</summary>
    public static T? Load<T>(string fullPath, string sitePath, IDiagnostics diagnostics) where T : class, new()
    {
        if (!File.Exists(fullPath))
        {
            return new T();
        }

        return Parse<T>(File.ReadAllText(fullPath), sitePath, diagnostics);
    }

    public static T? Parse<T>(string yaml, string sitePath, IDiagnostics diagnostics) where T : class, new()
    {
        try
        {
            return Deserializer.Deserialize<T?>(yaml) ?? new T();
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            diagnostics.Report(Diagnostic.Error(
                "invalid settings: " + Clean(message),
                new SourceLocation(sitePath, (int)Math.Max(1, ex.Start.Line), (int)Math.Max(1, ex.Start.Column)),
                "settings.invalid"));
            return null;
        }
        catch (InvalidOperationException)
        {
            var (line, column, what) = FrontMatter.UnclosedYaml.Locate(yaml);
            diagnostics.Report(Diagnostic.Error("invalid settings: " + what, new SourceLocation(sitePath, line, column), "settings.invalid"));
            return null;
        }
    }

    private static string Clean(string message)
    {
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(marker + 3)..] : message;
    }
}
