namespace Site.Engine.Documents;

/// <summary>
/// A typed metadata key. Typed keys replace Statiq's string keys plus universal type converter:
/// a module that reads <c>Key&lt;DateOnly&gt;</c> gets a DateOnly or nothing, never a guess.
/// </summary>
public sealed class Key<T>(string name)
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}
