using Site.Engine.Documents;
using Site.Engine.Modules;

namespace Site.Web.Output;

/// <summary>Writes documents' content (bytes, text or a file to copy) to the staging folder at their destination.</summary>
public sealed class WriteFiles(ISiteOutput output) : PerDocumentModule
{
    protected override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        if (input.Destination is null)
        {
            yield return input;
            yield break;
        }

        var writer = input.Source ?? input.Destination;
        var written = input.Content switch
        {
            FileContent file => output.Copy(input.Destination, file.FullPath, writer, context.Diagnostics),
            BytesContent bytes => output.WriteShared(input.Destination, ByteChunks.Of(bytes.ReadBytes()), writer, context.Diagnostics),
            ChunkedContent chunks => output.WriteShared(input.Destination, chunks.Chunks, writer, context.Diagnostics),
            _ => output.Write(input.Destination, input.Content.ReadBytes(), writer, context.Diagnostics),
        };
        if (written is not null)
        {
            yield return input.WithContent(new FileContent(written));
        }
    }
}
