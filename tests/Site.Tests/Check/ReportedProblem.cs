using System.Text.Json;

namespace Site.Tests.Check;

/// <summary>One object of `site check --format json`, read back with System.Text.Json.</summary>
internal sealed record ReportedProblem(string? Source, int? Line, int? Column, string? Url, string Severity, string? Code, string Message, string? Hint)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow };

    /// <summary>Parses the whole of stdout: anything but one JSON array fails.</summary>
    public static List<ReportedProblem> ParseAll(string stdout)
        => JsonSerializer.Deserialize<List<ReportedProblem>>(stdout, Json) ?? throw new JsonException("null");
}
