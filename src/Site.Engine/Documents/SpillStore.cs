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

    public Content Write(string text) => Write(Encoding.UTF8.GetBytes(text));

    internal byte[] Read(long offset, int length)
    {
        var bytes = new byte[length];
        var read = 0;
        while (read < length)
        {
            var count = RandomAccess.Read(_file, bytes.AsSpan(read), offset + read);
            if (count == 0)
            {
                throw new IOException("The spill file ended early.");
            }

            read += count;
        }

        return bytes;
    }

    public void Dispose() => _file.Dispose();

    private sealed class SpilledContent(SpillStore store, long offset, int length) : Content
    {
        public override string ReadText() => Encoding.UTF8.GetString(store.Read(offset, length));

        public override byte[] ReadBytes() => store.Read(offset, length);

        public override long Length => length;
    }
}
