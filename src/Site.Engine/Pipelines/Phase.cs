namespace Site.Engine.Pipelines;

/// <summary>
/// The phases every pipeline goes through, as in Statiq.
/// Process may read the Process outputs of declared dependencies; PostProcess may read every
/// pipeline's Process outputs; Output may read every pipeline's PostProcess outputs.
/// </summary>
public enum Phase
{
    Input,
    Process,
    PostProcess,
    Output,
}
