namespace Site.Engine.Documents;

/// <summary>A write-only stream that collects what is written as <see cref="ByteChunks"/>.</summary>
public sealed class ByteChunksStream : Stream
{
    private readonly List<byte[]> _chunks = [];
    private int _used = ByteChunks.ChunkSize;
    private long _length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    /// <summary>What was written; the stream must not be written after this.</summary>
    public ByteChunks ToChunks() => ByteChunks.Of(_chunks, _chunks.Count == 0 ? 0 : _used);

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _length += buffer.Length;
        while (!buffer.IsEmpty)
        {
            if (_used == ByteChunks.ChunkSize)
            {
                _chunks.Add(new byte[ByteChunks.ChunkSize]);
                _used = 0;
            }

            var take = Math.Min(buffer.Length, ByteChunks.ChunkSize - _used);
            buffer[..take].CopyTo(_chunks[^1].AsSpan(_used));
            _used += take;
            buffer = buffer[take..];
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
