namespace Site.Engine.Diagnostics;

/// <summary>
/// One problem found while building: what is wrong, where, and optionally a hint that helps fix it.
/// <paramref name="Code"/> is a short stable identifier (e.g. "link.anchor") that tools can filter on.
/// </summary>
public sealed record Diagnostic(
    Severity Severity,
    string Message,
    SourceLocation? Location = null,
    string? Code = null,
    string? Hint = null)
{
    /// <summary>
    /// The link the diagnostic is about — an internal link as the source wrote it, an external one
    /// as it was requested — or null; machine-readable reports carry it without parsing the message.
    /// </summary>
    public string? Url { get; init; }

    public static Diagnostic Error(string message, SourceLocation? location = null, string? code = null, string? hint = null)
        => new(Severity.Error, message, location, code, hint);

    public static Diagnostic Warning(string message, SourceLocation? location = null, string? code = null, string? hint = null)
        => new(Severity.Warning, message, location, code, hint);

    public static Diagnostic Info(string message, SourceLocation? location = null, string? code = null)
        => new(Severity.Info, message, location, code);

    public override string ToString()
    {
        var where = Location is { } l ? l + ": " : string.Empty;
        var severity = Severity.ToString().ToLowerInvariant();
        return Hint is null ? $"{where}{severity}: {Message}" : $"{where}{severity}: {Message} ({Hint})";
    }
}
