using Site.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Site.Web.Settings;

/// <summary>
/// Loads a settings file (YAML, camelCase keys) into a typed object. Unknown keys and wrong types
/// are errors at the file, line and column, so a typo in the settings never passes silently.
/// </summary>
public static class YamlSettings
{
    /// <summary>
    /// Returns the settings, defaults when the file does not exist, null when it is invalid (errors
    /// reported). <paramref name="types"/> is the generated context that knows <typeparamref name="T"/>.
    /// </summary>
    public static T? Load<T>(string fullPath, string sitePath, IDiagnostics diagnostics, StaticContext types) where T : class, new()
    {
        if (!File.Exists(fullPath))
        {
            return new T();
        }

        return Parse<T>(File.ReadAllText(fullPath), sitePath, diagnostics, types);
    }

    public static T? Parse<T>(string yaml, string sitePath, IDiagnostics diagnostics, StaticContext types) where T : class, new()
        => Read(yaml, sitePath, diagnostics, text => Deserializer(types).Deserialize<T?>(text) ?? new T());

    /// <summary>
    /// A flat table of text by key (the theme's UI strings): empty when the file does not exist,
    /// null when it is invalid (errors reported). Read from YAML's node tree: YamlDotNet's generated
    /// readers do not take a dictionary as the whole document.
    /// </summary>
    public static Dictionary<string, string>? LoadStringTable(string fullPath, string sitePath, IDiagnostics diagnostics)
        => File.Exists(fullPath)
            ? Read(File.ReadAllText(fullPath), sitePath, diagnostics, StringTable)
            : new Dictionary<string, string>(StringComparer.Ordinal);

    private static T? Read<T>(string yaml, string sitePath, IDiagnostics diagnostics, Func<string, T> read) where T : class
    {
        try
        {
            return read(yaml);
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

    private static Dictionary<string, string> StringTable(string yaml)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0 || IsNull(stream.Documents[0].RootNode))
        {
            return table;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            var root = stream.Documents[0].RootNode;
            throw new YamlException(root.Start, root.End, "expected a mapping of keys to text");
        }

        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } || value is not YamlScalarNode text)
            {
                throw new YamlException(value.Start, value.End, $"the value of '{key}' must be text, not a list or a mapping");
            }

            // "key:" or "key: ~" is no text at all: the page falls back to the base language, as
            // the deserializer's null did.
            if (!IsNull(text))
            {
                table[name] = text.Value ?? string.Empty;
            }
        }

        return table;
    }

    // YAML's null: an empty plain scalar, "~" or "null" (any of its three spellings), not quoted.
    private static bool IsNull(YamlNode node) => node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar
        && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static IDeserializer Deserializer(StaticContext types) => new StaticDeserializerBuilder(types)
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    private static string Clean(string message)
    {
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(marker + 3)..] : message;
    }
}
