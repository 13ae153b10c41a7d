using Site.Engine.Modules;

namespace Site.Engine.Pipelines;

/// <summary>A named list of modules per phase, and the pipelines whose Process outputs it reads.</summary>
public sealed class Pipeline(string name)
{
    private readonly List<string> _dependencies = [];
    private readonly Dictionary<Phase, List<IModule>> _modules = new()
    {
        [Phase.Input] = [],
        [Phase.Process] = [],
        [Phase.PostProcess] = [],
        [Phase.Output] = [],
    };

    public string Name { get; } = name;

    public IReadOnlyList<string> Dependencies => _dependencies;

    public IReadOnlyList<IModule> ModulesOf(Phase phase) => _modules[phase];

    /// <summary>
    /// A transient pipeline's Process outputs are read only by the pipelines that depend on it,
    /// during their Process; the engine drops them as soon as those are done, so large intermediate
    /// documents (parsed sources, extracted facts) do not live for the rest of the build.
    /// </summary>
    public bool IsTransient { get; private set; }

    public Pipeline AsTransient()
    {
        IsTransient = true;
        return this;
    }

    public Pipeline DependsOn(params string[] pipelines)
    {
        _dependencies.AddRange(pipelines.Where(p => !_dependencies.Contains(p)));
        return this;
    }

    public Pipeline WithInput(params IModule[] modules) => Add(Phase.Input, modules);

    public Pipeline WithProcess(params IModule[] modules) => Add(Phase.Process, modules);

    public Pipeline WithPostProcess(params IModule[] modules) => Add(Phase.PostProcess, modules);

    public Pipeline WithOutput(params IModule[] modules) => Add(Phase.Output, modules);

    private Pipeline Add(Phase phase, IModule[] modules)
    {
        _modules[phase].AddRange(modules);
        return this;
    }

    public override string ToString() => Name;
}
