using System.Buffers;
using System.Text;

namespace Site.Web.Output;

/// <summary>UTF-8 encoding through a pooled buffer, for writers that take bytes.</summary>
public static class Utf8
{
    public delegate T BytesHandler<out T>(ReadOnlySpan<byte> bytes);

    public static T Encode<T>(ReadOnlySpan<char> text, BytesHandler<T> handle)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            return handle(bytes.AsSpan(0, Encoding.UTF8.GetBytes(text, bytes)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
