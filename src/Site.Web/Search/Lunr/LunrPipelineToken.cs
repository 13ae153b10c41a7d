namespace Site.Web.Search.Lunr;

/// <summary>
/// A token on its way through a pipeline: its text and where it sits inside the token the
/// tokenizer produced (lunr's <c>position</c> metadata is that token's position shifted by
/// <see cref="Offset"/>, with <see cref="Length"/>). Only a function that splits a token moves
/// these; lunr's own functions change the text and keep the position.
/// </summary>
public readonly record struct LunrPipelineToken(string Text, int Offset, int Length)
{
    /// <summary>The same place with new text, as lunr's <c>token.update</c> does.</summary>
    public LunrPipelineToken WithText(string text) => this with { Text = text };
}
