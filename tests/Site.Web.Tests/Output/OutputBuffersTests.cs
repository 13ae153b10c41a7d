using System.Text;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Web.Output;
using Site.Web.Tests.Support;

namespace Site.Web.Tests.Output;

/// <summary>
/// Pages are rendered into pooled buffers that the next page reuses, and search shards are handed
/// to the output without a copy: what is committed must still be exactly what was written.
/// </summary>
public sealed class OutputBuffersTests
{
    [Fact]
    public void Bytes_written_from_a_reused_buffer_are_committed_as_they_were_when_written()
    {
        using var folder = new TempDirectory();
        using var output = new IncrementalOutput(folder.Path);
        var buffer = Encoding.UTF8.GetBytes("first page");

        output.Write("a/index.html", buffer, "a.md", new DiagnosticBag());
        Encoding.UTF8.GetBytes("other page").CopyTo(buffer, 0); // the renderer moves on to the next page
        output.Commit();

        Assert.Equal("first page", File.ReadAllText(folder.Combine("a/index.html")));
    }

    [Fact]
    public void Shared_bytes_are_committed_like_written_ones_and_an_unchanged_file_is_left_alone()
    {
        using var folder = new TempDirectory();
        var committed = new System.Collections.Concurrent.ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var shard = Encoding.UTF8.GetBytes("{\"version\":\"2.3.9\"}");
        using (var first = new IncrementalOutput(folder.Path, committed))
        {
            first.WriteShared("search/index.json", ByteChunks.Of(shard), "search", new DiagnosticBag());
            first.Commit();
        }

        var path = folder.Combine("search/index.json");
        Assert.Equal(shard, File.ReadAllBytes(path));
        var written = File.GetLastWriteTimeUtc(path);
        File.SetLastWriteTimeUtc(path, written.AddHours(-1));
        using (var second = new IncrementalOutput(folder.Path, committed))
        {
            second.WriteShared("search/index.json", ByteChunks.Of(shard), "search", new DiagnosticBag());
            Assert.Equal(0, second.ChangedFiles);
            second.Commit();
        }

        Assert.Equal(written.AddHours(-1), File.GetLastWriteTimeUtc(path));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Chunked_bytes_are_written_whole_by_both_outputs(bool incremental)
    {
        using var folder = new TempDirectory();
        var site = folder.Combine("site");
        var json = "{\"documents\":[" + string.Join(',', Enumerable.Range(0, 40_000).Select(i => "\"发布" + i + "\"")) + "]}";
        var stream = new ByteChunksStream();
        stream.Write(Encoding.UTF8.GetBytes(json));
        var chunks = stream.ToChunks();
        Assert.True(chunks.Segments.Count > 2);

        using (ISiteOutput output = incremental ? new IncrementalOutput(site) : new StagingOutput(site))
        {
            output.WriteShared("search/index.json", chunks, "search", new DiagnosticBag());
            output.Commit();
        }

        Assert.Equal(json, File.ReadAllText(Path.Combine(site, "search", "index.json")));
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, 1)]
    [InlineData(ByteChunks.ChunkSize + 5, 1)]
    public void Without_fingerprints_chunks_are_compared_with_the_file_on_disk(int changedAt, int changedFiles)
    {
        using var folder = new TempDirectory();
        var bytes = Enumerable.Range(0, (3 * ByteChunks.ChunkSize) + 17).Select(i => (byte)(i % 251)).ToArray();
        Directory.CreateDirectory(folder.Combine("search"));
        File.WriteAllBytes(folder.Combine("search/index.json"), bytes);
        if (changedAt >= 0)
        {
            bytes[changedAt] ^= 1;
        }

        var stream = new ByteChunksStream();
        stream.Write(bytes);
        using var output = new IncrementalOutput(folder.Path);
        output.WriteShared("search/index.json", stream.ToChunks(), "search", new DiagnosticBag());

        Assert.Equal(changedFiles, output.ChangedFiles);
    }

    [Theory]
    [InlineData("plain ascii")]
    [InlineData("发布说明 · Kubernetes v1.18 — é")]
    [InlineData("emoji 🚀 and a lone \ud800 surrogate")]
    public void Utf8_encoding_through_the_pool_gives_the_bytes_the_encoder_gives(string text)
    {
        var expected = Encoding.UTF8.GetBytes(text);
        Assert.Equal(expected, Utf8.Encode(text, bytes => bytes.ToArray()));
    }

    [Fact]
    public void Encoding_again_inside_a_handler_leaves_the_outer_bytes_intact()
    {
        var outer = new string('a', LargeBuffers.MaxArrayBytes + 1) + "发布";
        var (inner, outerBytes) = Utf8.Encode(outer, bytes =>
        {
            var nested = Utf8.Encode("说明 inner", b => b.ToArray());
            return (nested, bytes.ToArray());
        });

        Assert.Equal(Encoding.UTF8.GetBytes("说明 inner"), inner);
        Assert.Equal(Encoding.UTF8.GetBytes(outer), outerBytes);
    }

    [Fact]
    public void A_buffer_that_grows_past_several_pooled_sizes_keeps_all_it_was_given()
    {
        var text = new StringBuilder();
        using var writer = new CharBufferWriter();
        for (var i = 0; i < 200_000; i++)
        {
            var piece = i % 7 == 0 ? "<tr data-sig=\"node\">" : i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            writer.Write(piece);
            writer.Write('\n');
            text.Append(piece).Append('\n');
        }

        Assert.Equal(text.ToString(), writer.Written.ToString());
        writer.Reset();
        writer.Write("after reset");
        Assert.Equal("after reset", writer.Written.ToString());
    }
}
