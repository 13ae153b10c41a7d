using System.Globalization;
using Site.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Web.FrontMatter;

/// <summary>
/// Reads YAML front matter (between '---' lines at the top of a file). Every problem becomes a
/// diagnostic at the file, line and column it concerns — YAML syntax errors, fields of the wrong
/// type, impossible dates — and parsing goes on, so one build lists all of them.
/// </summary>
public static class FrontMatterParser
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-ddTHH:mm:ss",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss K", "yyyy-MM-dd HH:mm",
    ];

    public static FrontMatterData Parse(string text, string path, IDiagnostics diagnostics)
    {
        if (!FrontMatterBlock.TryFind(text, out var block))
        {
            if (FrontMatterBlock.StartsLikeFrontMatter(text))
            {
                diagnostics.Report(Diagnostic.Error(
                    "front matter starts here but is never closed by a '---' line",
                    new SourceLocation(path, 1, 1), "frontmatter.unclosed"));
            }

            return FrontMatterData.None;
        }

        var root = ParseYaml(block.Yaml, path, block.FirstYamlLine, diagnostics);
        var data = new FrontMatterData { EndLine = block.EndLine };
        return root is null ? data : Read(root, data, new Reader(path, block.FirstYamlLine, diagnostics));
    }

    private static YamlMappingNode? ParseYaml(string yaml, string path, int firstLine, IDiagnostics diagnostics)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            // The parser notices an unclosed '[' or quote where the input ends; point at what opened it.
            if (UnclosedYaml.Find(yaml) is { } unclosed)
            {
                diagnostics.Report(Diagnostic.Error(
                    "invalid YAML in front matter: " + unclosed.What,
                    new SourceLocation(path, firstLine + unclosed.Line - 1, unclosed.Column), "frontmatter.yaml"));
                return null;
            }

            var line = firstLine + (int)Math.Max(0, ex.Start.Line - 1);
            var message = ex.InnerException?.Message ?? ex.Message;
            diagnostics.Report(Diagnostic.Error(
                "invalid YAML in front matter: " + TrimYamlMessage(message),
                new SourceLocation(path, line, (int)Math.Max(1, ex.Start.Column)), "frontmatter.yaml"));
            return null;
        }
        catch (InvalidOperationException)
        {
            var (line, column, what) = UnclosedYaml.Locate(yaml);
            diagnostics.Report(Diagnostic.Error(
                "invalid YAML in front matter: " + what,
                new SourceLocation(path, firstLine + line - 1, column), "frontmatter.yaml"));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return null;
        }

        if (stream.Documents[0].RootNode is YamlMappingNode mapping)
        {
            return mapping;
        }

        var node = stream.Documents[0].RootNode;
        diagnostics.Report(Diagnostic.Error(
            "front matter must be a set of 'key: value' lines",
            new SourceLocation(path, firstLine + (int)node.Start.Line - 1, (int)node.Start.Column), "frontmatter.shape"));
        return null;
    }

    // YamlDotNet prefixes messages with "(Line: 2, Col: 8, Idx: 12) - (...): "; our location says that already.
    private static string TrimYamlMessage(string message)
    {
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(marker + 3)..] : message;
    }

    private static FrontMatterData Read(YamlMappingNode root, FrontMatterData data, Reader reader)
    {
        var scalars = new Dictionary<string, FrontMatterScalar>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                reader.Error(keyNode, "front matter keys must be plain names");
                continue;
            }

            if (scalars.ContainsKey(key))
            {
                reader.Error(keyNode, $"'{key}' is given twice");
                continue;
            }

            if (valueNode is YamlScalarNode scalar)
            {
                scalars[key] = new FrontMatterScalar(scalar.Value ?? string.Empty, reader.Line(scalar), (int)scalar.Start.Column);
            }

            data = ReadKnownField(data, key, valueNode, reader);
        }

        return data with { Scalars = scalars };
    }

    private static FrontMatterData ReadKnownField(FrontMatterData data, string key, YamlNode node, Reader reader)
        => key switch
        {
            "title" => data with { Title = reader.Text(key, node) },
            "description" or "summary" => data with { Description = reader.Text(key, node) ?? data.Description },
            "date" => data with { Date = reader.Date(key, node) },
            "slug" => data with { Slug = reader.Text(key, node) },
            "url" => data with { Url = reader.Text(key, node) },
            "draft" => data with { Draft = reader.Boolean(key, node) ?? false },
            "lang" or "language" => data with { Language = reader.Text(key, node) },
            "tags" => data with { Tags = reader.TextList(key, node) },
            _ => data,
        };

    private sealed class Reader(string path, int firstLine, IDiagnostics diagnostics)
    {
        public int Line(YamlNode node) => firstLine + (int)node.Start.Line - 1;

        public void Error(YamlNode node, string message)
            => diagnostics.Report(Diagnostic.Error(message, new SourceLocation(path, Line(node), (int)node.Start.Column), "frontmatter.field"));

        public string? Text(string key, YamlNode node)
        {
            if (node is YamlScalarNode scalar)
            {
                return scalar.Value?.Trim();
            }

            Error(node, $"'{key}' must be text, not a {Describe(node)}");
            return null;
        }

        public bool? Boolean(string key, YamlNode node)
        {
            if (node is YamlScalarNode { Value: { } value } && bool.TryParse(value, out var parsed))
            {
                return parsed;
            }

            Error(node, $"'{key}' must be true or false");
            return null;
        }

        public DateTimeOffset? Date(string key, YamlNode node)
        {
            if (node is not YamlScalarNode { Value: { } value })
            {
                Error(node, $"'{key}' must be a date like 2017-06-30, not a {Describe(node)}");
                return null;
            }

            if (DateTimeOffset.TryParseExact(value.Trim(), DateFormats, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
            {
                return date;
            }

            Error(node, $"'{key}' is not a valid date: '{value}' (expected YYYY-MM-DD, optionally with a time)");
            return null;
        }

        public IReadOnlyList<string> TextList(string key, YamlNode node)
        {
            switch (node)
            {
                case YamlSequenceNode sequence:
                    var items = new List<string>();
                    foreach (var item in sequence.Children)
                    {
                        if (Text(key, item) is { Length: > 0 } text)
                        {
                            items.Add(text);
                        }
                    }

                    return items;
                case YamlScalarNode { Value: { Length: > 0 } single }:
                    return [single.Trim()];
                default:
                    Error(node, $"'{key}' must be a list of text");
                    return [];
            }
        }

        private static string Describe(YamlNode node) => node switch
        {
            YamlSequenceNode => "list",
            YamlMappingNode => "mapping",
            _ => "value",
        };
    }
}
