using System.Buffers;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Site.Engine.Documents;

/// <summary>
/// One scratch file that large contents are appended to, so a document can carry its content
/// through several phases without holding it in memory. Writers reserve their range with one
/// atomic add and write in parallel; the file deletes itself when the store is disposed (or the
/// process ends). Small contents (a feature's description, a few hundred bytes, hundreds of
/// thousands of them on a large site) are gathered in a page that goes to the file in one write
/// when full: one system call per content cost more than everything else done with them.
/// </summary>
public sealed class SpillStore : IDisposable
{
    private const int PageSize = 256 * 1024;
    private const int SmallContent = 4 * 1024;

    private readonly SafeFileHandle _file;
    private readonly Lock _pageLock = new();
    private long _length;

    // The page being filled: its range of the file is reserved, its bytes not written yet.
    private byte[]? _page;
    private long _pageStart;
    private int _pageUsed;

    public SpillStore(string? folder = null)
    {
        var path = Path.Combine(folder ?? Path.GetTempPath(), "site-spill-" + Guid.NewGuid().ToString("N") + ".tmp");
        _file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
    }

    /// <summary>Bytes of the file reserved so far (including the page being filled).</summary>
    public long Length => Interlocked.Read(ref _length);

    public Content Write(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length <= SmallContent)
        {
            return new SpilledContent(this, WriteToPage(bytes), bytes.Length);
        }

        var offset = Interlocked.Add(ref _length, bytes.Length) - bytes.Length;
        RandomAccess.Write(_file, bytes, offset);
        return new SpilledContent(this, offset, bytes.Length);
    }

    private long WriteToPage(ReadOnlySpan<byte> bytes)
    {
        lock (_pageLock)
        {
            if (_page is null || _pageUsed + bytes.Length > PageSize)
            {
                FlushPage();
                _page ??= new byte[PageSize];
                _pageStart = Interlocked.Add(ref _length, PageSize) - PageSize;
            }

            var offset = _pageStart + _pageUsed;
            bytes.CopyTo(_page.AsSpan(_pageUsed));
            _pageUsed += bytes.Length;
            return offset;
        }
    }

    // Called with the page lock held: readers never see a page half on its way to the file.
    private void FlushPage()
    {
        if (_page is not null && _pageUsed > 0)
        {
            RandomAccess.Write(_file, _page.AsSpan(0, _pageUsed), _pageStart);
        }

        _pageUsed = 0;
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

    internal RentedText RentText(long offset, int length)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            ReadInto(offset, bytes.AsSpan(0, length));
            return RentedText.Decode(bytes.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private void ReadInto(long offset, Span<byte> bytes)
    {
        lock (_pageLock)
        {
            if (_page is not null && offset >= _pageStart && offset < _pageStart + _pageUsed)
            {
                _page.AsSpan((int)(offset - _pageStart), bytes.Length).CopyTo(bytes);
                return;
            }
        }

        // Not in the page being filled, so already in the file: pages are written before they are replaced.
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

        public override RentedText RentText() => store.RentText(offset, length);

        public override byte[] ReadBytes() => store.Read(offset, length);

        public override long Length => length;
    }
}
