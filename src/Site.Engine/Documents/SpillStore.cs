using System.Buffers;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Site.Engine.Documents;

/// <summary>
/// One scratch file that large contents are appended to, so a document can carry its content
/// through several phases without holding it in memory. Writers reserve their range with one
/// atomic add and write in parallel; the file deletes itself when the store is disposed (or the
/// process ends).
/// </summary>
public sealed class SpillStore : IDisposable
{
    private readonly SafeFileHandle _file;
    private long _length;

    public SpillStore(string? folder = null)
    {
        var path = Path.Combine(folder ?? Path.GetTempPath(), "site-spill-" + Guid.NewGuid().ToString("N") + ".tmp");
        _file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
    }

    public long Length => Interlocked.Read(ref _length);

    public Content Write(ReadOnlySpan<byte> bytes)
    {
        var offset = Interlocked.Add(ref _length, bytes.Length) - bytes.Length;
        RandomAccess.Write(_file, bytes, offset);
        return new SpilledContent(this, offset, bytes.Length);
    }

    public Content Write(string text) => Write(text.AsSpan());

    /// <summary>Spills text as UTF-8, encoding through a pooled buffer (no copy of the text is made).</summary>
    public Content Write(ReadOnlySpan<char> text)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            return Write(bytes.AsSpan(0, Encoding.UTF8.GetBytes(text, bytes)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Spills a builder's text as UTF-8 chunk by chunk, without making it one string first.</summary>
    public Content Write(StringBuilder text)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var encoder = Encoding.UTF8.GetEncoder();
            var length = 0;
            foreach (var chunk in text.GetChunks())
            {
                length += encoder.GetBytes(chunk.Span, bytes.AsSpan(length), flush: false);
            }

            length += encoder.GetBytes([], bytes.AsSpan(length), flush: true);
            return Write(bytes.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    internal byte[] Read(long offset, int length)
    {
        var bytes = new byte[length];
        ReadInto(offset, bytes);
        return bytes;
    }

    internal string ReadText(long offset, int length)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            ReadInto(offset, bytes.AsSpan(0, length));
            return Encoding.UTF8.GetString(bytes, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private void ReadInto(long offset, Span<byte> bytes)
    {
        var read = 0;
        while (read < bytes.Length)
        {
            var count = RandomAccess.Read(_file, bytes[read..], offset + read);
            if (count == 0)
            {
                throw new IOException("The spill file ended early.");
            }

            read += count;
        }
    }

    public void Dispose() => _file.Dispose();

    private sealed class SpilledContent(SpillStore store, long offset, int length) : Content
    {
        public override string ReadText() => store.ReadText(offset, length);

        public override byte[] ReadBytes() => store.Read(offset, length);

        public override long Length => length;
    }
}
