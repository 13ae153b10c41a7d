using Site.Engine.Memory;

namespace Site.Engine.Tests;

/// <summary>A scratch buffer outside the collected heap keeps what it is asked to keep as it grows, and cannot be used once freed.</summary>
public sealed class NativeBufferTests
{
    [Fact]
    public void Growing_keeps_the_first_items_asked_for_and_at_least_doubles()
    {
        using var buffer = new NativeBuffer<int>(3);
        for (var size = 3; size < 100_000; size = buffer.Capacity + 1)
        {
            var kept = buffer.Capacity;
            for (var i = 0; i < kept; i++)
            {
                buffer.Span[i] = i * 7;
            }

            buffer.EnsureCapacity(size + 1, keep: kept);

            Assert.True(buffer.Capacity >= 2 * kept, $"{kept} grew to {buffer.Capacity}");
            for (var i = 0; i < kept; i++)
            {
                Assert.Equal(i * 7, buffer.Span[i]);
            }
        }
    }

    [Fact]
    public void Asking_for_no_more_than_it_has_changes_nothing()
    {
        using var buffer = new NativeBuffer<char>(16);
        "sixteen chars ok".AsSpan().CopyTo(buffer.Span);
        buffer.EnsureCapacity(16, keep: 0);
        Assert.Equal(16, buffer.Capacity);
        Assert.Equal("sixteen chars ok", buffer.Span.ToString());
    }

    [Fact]
    public void A_disposed_buffer_refuses_to_be_used()
    {
        var buffer = new NativeBuffer<byte>(8);
        buffer.Dispose();
        Assert.Throws<ObjectDisposedException>(() => buffer.Span.Length);
        Assert.Throws<ObjectDisposedException>(() => buffer.EnsureCapacity(100, keep: 0));
        buffer.Dispose();
    }
}
