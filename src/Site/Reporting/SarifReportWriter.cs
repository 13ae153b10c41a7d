using System.Text.Encodings.Web;
using System.Text.Json;
using Site.Engine.Diagnostics;

namespace Site.Cli.Reporting;

/// <summary>
/// Writes a SARIF 2.1.0 log with one run: one rule per diagnostic code that occurs, one result per
/// diagnostic. Locations are relative URIs against the SRCROOT base (the site root), so GitHub code
/// scanning and other viewers resolve them in the repository; columns are UTF-16 code units, as
/// the markdown parser counts them.
/// </summary>
public static class SarifReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string SourceRoot = "SRCROOT";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(CheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var rules = report.Diagnostics.Select(RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules, report.Diagnostics);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRoot);
            json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(report.Root) + Path.DirectorySeparatorChar).AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var diagnostic in report.Diagnostics)
            {
                WriteResult(json, diagnostic, rules);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static string RuleId(Diagnostic diagnostic) => diagnostic.Code ?? RuleDescriptions.GeneralRule;

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<string> rules, IReadOnlyList<Diagnostic> diagnostics)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", CheckReport.ToolName);
        json.WriteString("version", CheckReport.ToolVersion);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            // The default level is what the code is reported as; a code seen at both levels defaults to the worse.
            var worst = diagnostics.Where(d => RuleId(d) == rule).Max(d => d.Severity);
            json.WriteStartObject();
            json.WriteString("id", rule);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", RuleDescriptions.For(rule));
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(worst));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, IReadOnlyList<string> rules)
    {
        var rule = RuleId(diagnostic);
        json.WriteStartObject();
        json.WriteString("ruleId", rule);
        json.WriteNumber("ruleIndex", IndexOf(rules, rule));
        json.WriteString("level", Level(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Hint is null ? diagnostic.Message : $"{diagnostic.Message} ({diagnostic.Hint})");
        json.WriteEndObject();
        if (diagnostic.Location is { } location)
        {
            WriteLocation(json, location);
        }

        if (diagnostic.Url is { } url)
        {
            json.WriteStartObject("properties");
            json.WriteString("url", url);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, SourceLocation location)
    {
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        if (Path.IsPathFullyQualified(location.Path))
        {
            // Outside the site root (e.g. the theme shipped with the program): an absolute file URI.
            json.WriteString("uri", new Uri(location.Path).AbsoluteUri);
        }
        else
        {
            json.WriteString("uri", ReportPaths.ToUriReference(location.Path));
            json.WriteString("uriBaseId", SourceRoot);
        }

        json.WriteEndObject();
        if (location.Line > 0)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", location.Line);
            if (location.Column > 0)
            {
                json.WriteNumber("startColumn", location.Column);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static int IndexOf(IReadOnlyList<string> rules, string rule)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i] == rule)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
