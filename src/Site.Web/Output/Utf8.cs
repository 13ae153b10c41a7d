using System.Text;
using Site.Engine.Memory;

namespace Site.Web.Output;

/// <summary>UTF-8 encoding through a buffer in native memory each thread keeps, for writers that take bytes.</summary>
public static class Utf8
{
    public delegate T BytesHandler<out T>(ReadOnlySpan<byte> bytes);

    [ThreadStatic]
    private static NativeBuffer<byte>? t_bytes;

    public static T Encode<T>(ReadOnlySpan<char> text, BytesHandler<T> handle)
    {
        // Taken from the thread while in use: a handler that encodes again gets a buffer of its own.
        var bytes = t_bytes ?? new NativeBuffer<byte>(64 * 1024);
        t_bytes = null;
        try
        {
            // Pages are megabytes at most: counting first sizes the buffer to the page, not three times it.
            bytes.EnsureCapacity(Encoding.UTF8.GetByteCount(text), keep: 0);
            var span = bytes.Span;
            return handle(span[..Encoding.UTF8.GetBytes(text, span)]);
        }
        finally
        {
            t_bytes = bytes;
        }
    }
}
