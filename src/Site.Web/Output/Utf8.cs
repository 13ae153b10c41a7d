using System.Text;

namespace Site.Web.Output;

/// <summary>UTF-8 encoding through a pooled buffer (<see cref="LargeBuffers"/>), for writers that take bytes.</summary>
public static class Utf8
{
    public delegate T BytesHandler<out T>(ReadOnlySpan<byte> bytes);

    public static T Encode<T>(ReadOnlySpan<char> text, BytesHandler<T> handle)
    {
        // Pages are megabytes at most: counting first rents a buffer of the size needed, not three times it.
        var bytes = LargeBuffers.Bytes.Rent(Encoding.UTF8.GetByteCount(text));
        try
        {
            return handle(bytes.AsSpan(0, Encoding.UTF8.GetBytes(text, bytes)));
        }
        finally
        {
            LargeBuffers.Bytes.Return(bytes);
        }
    }
}
