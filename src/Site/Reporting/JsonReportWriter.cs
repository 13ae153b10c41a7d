using System.Text.Encodings.Web;
using System.Text.Json;
using Site.Engine.Diagnostics;

namespace Site.Cli.Reporting;

/// <summary>
/// Writes the problems as one JSON array, in the report's stable order. Every object has the same
/// keys — source, line, column, url, severity, code, message, hint — with null for what is
/// unknown, so consumers (jq, scripts) need no existence checks.
/// </summary>
public static class JsonReportWriter
{
    // Relaxed escaping keeps non-ASCII text (Chinese anchors) readable; stdout is not embedded in HTML.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(CheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var diagnostic in report.Diagnostics)
            {
                WriteDiagnostic(json, diagnostic);
            }

            json.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        json.WriteStartObject();
        WriteStringOrNull(json, "source", location?.Path);
        WriteNumberOrNull(json, "line", location is { Line: > 0 } ? location.Value.Line : null);
        WriteNumberOrNull(json, "column", location is { Line: > 0, Column: > 0 } ? location.Value.Column : null);
        WriteStringOrNull(json, "url", diagnostic.Url);
        json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
        WriteStringOrNull(json, "code", diagnostic.Code);
        json.WriteString("message", diagnostic.Message);
        WriteStringOrNull(json, "hint", diagnostic.Hint);
        json.WriteEndObject();
    }

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
