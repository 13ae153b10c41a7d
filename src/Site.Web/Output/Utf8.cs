using System.Text;
using Site.Engine.Memory;

namespace Site.Web.Output;

/// <summary>
/// UTF-8 encoding through a pooled buffer (<see cref="LargeBuffers"/>), for writers that take bytes;
/// text too long for a pooled array goes through native memory the thread keeps.
/// </summary>
public static class Utf8
{
    public delegate T BytesHandler<out T>(ReadOnlySpan<byte> bytes);

    [ThreadStatic]
    private static NativeBuffer<byte>? t_large;

    public static T Encode<T>(ReadOnlySpan<char> text, BytesHandler<T> handle)
    {
        // Pages are megabytes at most: counting first sizes the buffer to the page, not three times it.
        var count = Encoding.UTF8.GetByteCount(text);
        if (count > LargeBuffers.MaxArrayBytes)
        {
            return EncodeLarge(text, count, handle);
        }

        var bytes = LargeBuffers.Bytes.Rent(count);
        try
        {
            return handle(bytes.AsSpan(0, Encoding.UTF8.GetBytes(text, bytes)));
        }
        finally
        {
            LargeBuffers.Bytes.Return(bytes);
        }
    }

    private static T EncodeLarge<T>(ReadOnlySpan<char> text, int count, BytesHandler<T> handle)
    {
        // Taken from the thread while in use: a handler that encodes again gets a buffer of its own.
        var bytes = t_large ?? new NativeBuffer<byte>(count);
        t_large = null;
        try
        {
            bytes.EnsureCapacity(count, keep: 0);
            var span = bytes.Span;
            return handle(span[..Encoding.UTF8.GetBytes(text, span)]);
        }
        finally
        {
            t_large = bytes;
        }
    }
}
