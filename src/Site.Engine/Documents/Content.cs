using System.Text;

namespace Site.Engine.Documents;

/// <summary>
/// What a document holds. Text and bytes live in memory; <see cref="FileContent"/> points at a file
/// already on disk, so a module can write a page as soon as it is rendered and let the document
/// carry only a reference (that keeps memory flat on large sites).
/// </summary>
public abstract class Content
{
    public static readonly Content Empty = new TextContent(string.Empty);

    public abstract string ReadText();

    /// <summary>The text for a reader that needs it only while it works; dispose it when done (see <see cref="RentedText"/>).</summary>
    public virtual RentedText RentText() => RentedText.Of(ReadText());

    public abstract byte[] ReadBytes();

    public abstract long Length { get; }
}

public sealed class TextContent(string text) : Content
{
    public string Text { get; } = text;

    public override string ReadText() => Text;

    public override byte[] ReadBytes() => Encoding.UTF8.GetBytes(Text);

    public override long Length => Text.Length;
}

public sealed class BytesContent(byte[] bytes) : Content
{
    private readonly byte[] _bytes = bytes;

    public override string ReadText() => Encoding.UTF8.GetString(_bytes);

    public override byte[] ReadBytes() => _bytes;

    public ReadOnlySpan<byte> Span => _bytes;

    public override long Length => _bytes.LongLength;
}

public sealed class FileContent(string fullPath) : Content
{
    public string FullPath { get; } = fullPath;

    public override string ReadText() => File.ReadAllText(FullPath);

    public override byte[] ReadBytes() => File.ReadAllBytes(FullPath);

    public override long Length => new FileInfo(FullPath).Length;
}

/// <summary>Bytes kept in chunks (<see cref="ByteChunks"/>): large generated files.</summary>
public sealed class ChunkedContent(ByteChunks chunks) : Content
{
    public ByteChunks Chunks { get; } = chunks;

    public override string ReadText() => Encoding.UTF8.GetString(Chunks.ToArray());

    public override byte[] ReadBytes() => Chunks.ToArray();

    public override long Length => Chunks.Length;
}
