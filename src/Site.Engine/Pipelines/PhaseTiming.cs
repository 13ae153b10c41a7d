namespace Site.Engine.Pipelines;

/// <summary>How long one phase of one pipeline took, and how many documents it produced.</summary>
public sealed record PhaseTiming(string Pipeline, Phase Phase, int Documents, TimeSpan Elapsed);
