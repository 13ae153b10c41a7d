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
    private static readonly string[] Names = [.. Enum.GetValues<Stage>().Select(stage => stage.ToString())];

    /// <summary>The enum member's name ("Beta"), as <c>ToString()</c> gives it, without formatting an enum each time.</summary>
    public static string Name(Stage stage) => Names[(int)stage];

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

    private static readonly string[] Ids = ["alpha", "beta", "stable", "deprecated"];

    /// <summary>"alpha", "beta", ...: used for CSS classes and string keys on every badge of every page.</summary>
    public static string Id(this Stage stage) => Ids[(int)stage];

    private static readonly string[] LabelKeys = ["stage.alpha", "stage.beta", "stage.stable", "stage.deprecated"];

    /// <summary>The UI string key of the stage's name ("stage.beta").</summary>
    public static string LabelKey(this Stage stage) => LabelKeys[(int)stage];
}
