using System.Text;
using Site.Engine.Documents;

namespace Site.Engine.Tests;

/// <summary>Large generated files are collected in chunks below the large object heap's threshold and read back whole.</summary>
public sealed class ByteChunksTests
{
    [Theory]
    [InlineData(0, 7)]
    [InlineData(1, 1)]
    [InlineData(ByteChunks.ChunkSize - 1, 4096)]
    [InlineData(ByteChunks.ChunkSize, ByteChunks.ChunkSize)]
    [InlineData(ByteChunks.ChunkSize + 1, 1000)]
    [InlineData(200_003, 70_000)]
    public void Writes_of_any_size_come_back_in_order_in_full_chunks(int length, int pieceSize)
    {
        var bytes = Enumerable.Range(0, length).Select(i => (byte)(i * 31 % 251)).ToArray();
        var stream = new ByteChunksStream();
        for (var at = 0; at < length; at += pieceSize)
        {
            stream.Write(bytes, at, Math.Min(pieceSize, length - at));
        }

        var chunks = stream.ToChunks();

        Assert.Equal(bytes, chunks.ToArray());
        Assert.Equal(length, chunks.Length);
        Assert.All(chunks.Segments.SkipLast(1), segment => Assert.Equal(ByteChunks.ChunkSize, segment.Length));
        Assert.All(chunks.Segments, segment => Assert.InRange(segment.Length, 1, ByteChunks.ChunkSize));
    }

    [Fact]
    public void Text_split_between_chunks_in_the_middle_of_a_character_reads_back_whole()
    {
        var text = new string('a', ByteChunks.ChunkSize - 1) + "发布说明";
        var stream = new ByteChunksStream();
        stream.Write(Encoding.UTF8.GetBytes(text));

        var content = new ChunkedContent(stream.ToChunks());

        Assert.Equal(2, content.Chunks.Segments.Count);
        Assert.Equal(text, content.ReadText());
        Assert.Equal(Encoding.UTF8.GetByteCount(text), content.Length);
    }

    [Fact]
    public void One_array_is_kept_as_it_is()
    {
        var bytes = new byte[100_000];
        var chunks = ByteChunks.Of(bytes);

        Assert.Single(chunks.Segments);
        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(chunks.Segments[0], out var segment) && segment.Array == bytes);
    }
}
