namespace Site.Engine.Documents;

/// <summary>
/// An immutable document: where it came from, where it goes, metadata and content.
/// Modules never change a document; they return new ones made with the <c>With...</c> methods.
/// </summary>
public sealed class Document
{
    public Document(string? source, string? destination, Metadata? metadata = null, Content? content = null)
    {
        Source = source;
        Destination = destination;
        Metadata = metadata ?? Metadata.Empty;
        Content = content ?? Content.Empty;
    }

    /// <summary>The source file, relative to the site root with '/' separators; null when generated.</summary>
    public string? Source { get; }

    /// <summary>The output file, relative to the output folder with '/' separators; null when not written.</summary>
    public string? Destination { get; }

    public Metadata Metadata { get; }

    public Content Content { get; }

    public Document WithDestination(string? destination) => new(Source, destination, Metadata, Content);

    public Document WithContent(Content content) => new(Source, Destination, Metadata, content);

    public Document WithText(string text) => WithContent(new TextContent(text));

    public Document WithMetadata(Metadata metadata) => new(Source, Destination, metadata, Content);

    public Document With<T>(Key<T> key, T value) where T : notnull
        => new(Source, Destination, Metadata.With(key, value), Content);

    public T Get<T>(Key<T> key) => Metadata.Get(key);

    public T? GetOrDefault<T>(Key<T> key) => Metadata.GetOrDefault(key);

    public bool TryGet<T>(Key<T> key, out T value) => Metadata.TryGet(key, out value);

    public override string ToString() => Source ?? Destination ?? "(generated)";
}
