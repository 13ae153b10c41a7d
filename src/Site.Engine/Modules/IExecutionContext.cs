using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Pipelines;

namespace Site.Engine.Modules;

/// <summary>What a module may see while it runs.</summary>
public interface IExecutionContext
{
    string PipelineName { get; }

    Phase Phase { get; }

    IDiagnostics Diagnostics { get; }

    CancellationToken CancellationToken { get; }

    /// <summary>Shared services registered with the engine (site settings, caches, ...).</summary>
    T GetService<T>() where T : class;

    /// <summary>A registered service, or null when the engine has none of that type.</summary>
    T? FindService<T>() where T : class;

    /// <summary>
    /// The outputs of another pipeline, subject to the phase rules: in Process only declared
    /// dependencies (their Process outputs), in PostProcess any pipeline's Process outputs, in
    /// Output any pipeline's PostProcess outputs. Anything else throws, so a forgotten dependency
    /// fails loudly instead of racing.
    /// </summary>
    IReadOnlyList<Document> OutputsOf(string pipeline);

    /// <summary>Names of every pipeline in the engine.</summary>
    IReadOnlyList<string> PipelineNames { get; }
}
