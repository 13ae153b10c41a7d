namespace Site.Releases.Model;

/// <summary>The maturity of a feature in a release.</summary>
public enum Stage
{
    Alpha,
    Beta,
    Stable,
    Deprecated,
}

public static class StageNames
{
    /// <summary>Reads the words release notes use for stages: alpha, beta, stable, GA, general availability, deprecated.</summary>
    public static Stage? Parse(string? word)
        => word?.Trim().ToLowerInvariant() switch
        {
            "alpha" => Stage.Alpha,
            "beta" => Stage.Beta,
            "stable" or "ga" or "general availability" or "generally available" => Stage.Stable,
            "deprecated" => Stage.Deprecated,
            _ => null,
        };

    public static string Id(this Stage stage) => stage.ToString().ToLowerInvariant();
}
