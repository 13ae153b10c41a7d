using System.Collections.Concurrent;

namespace Site.Web.Search.Lunr;

/// <summary>
/// Turns field values into counted terms: lunr's tokenizer, then the index pipeline. Pipeline
/// results depend on nothing but the token, so each distinct token runs through the pipeline
/// once and every later occurrence costs one lookup by span, without allocating. Thread-safe,
/// so the pages of a site can be analyzed in parallel.
/// </summary>
internal sealed class LunrAnalyzer
{
    private readonly LunrPipeline _pipeline;
    private readonly bool _recordOccurrences;
    private readonly ConcurrentDictionary<string, LunrPipelineToken[]> _processed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LunrPipelineToken[]>.AlternateLookup<ReadOnlySpan<char>> _processedBySpan;

    public LunrAnalyzer(LunrPipeline pipeline, bool recordOccurrences)
    {
        _pipeline = pipeline;
        _recordOccurrences = recordOccurrences;
        _processedBySpan = _processed.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public LunrFieldTerms Analyze(LunrFieldValue value)
    {
        if (value.Text is { } text)
        {
            return AnalyzeText(text);
        }
        if (value.Items is { } items)
        {
            return AnalyzeItems(items);
        }
        return LunrFieldTerms.Empty;
    }

    private LunrFieldTerms AnalyzeText(string text)
    {
        string lowered = JsLowerCase.ToLower(text);
        var counter = new TermCounter(_recordOccurrences);
        int tokenIndex = 0;
        foreach ((int start, int length) in LunrTokenizer.Tokens(lowered))
        {
            foreach (LunrPipelineToken token in Process(lowered.AsSpan(start, length)))
            {
                counter.Count(token.Text, new LunrTokenOccurrence(start + token.Offset, token.Length, tokenIndex));
            }
            tokenIndex++;
        }
        return counter.ToFieldTerms();
    }

    private LunrFieldTerms AnalyzeItems(IReadOnlyList<string?> items)
    {
        var counter = new TermCounter(_recordOccurrences);
        foreach (string? item in items)
        {
            foreach (LunrPipelineToken token in Process(JsLowerCase.ToLower(item ?? "")))
            {
                counter.Count(token.Text, new LunrTokenOccurrence(0, 0, -1));
            }
        }
        return counter.ToFieldTerms();
    }

    private LunrPipelineToken[] Process(ReadOnlySpan<char> token)
    {
        if (_processedBySpan.TryGetValue(token, out LunrPipelineToken[]? known))
        {
            return known;
        }
        string text = token.ToString();
        return _processed.GetOrAdd(text, static (text, pipeline) => [.. pipeline.Run(new LunrPipelineToken(text, 0, text.Length))], _pipeline);
    }

    /// <summary>Counts terms of one field, remembering the order in which they first appear.</summary>
    private sealed class TermCounter(bool recordOccurrences)
    {
        private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
        private readonly List<string> _terms = [];
        private readonly List<int> _frequencies = [];
        private readonly List<List<LunrTokenOccurrence>>? _occurrences = recordOccurrences ? [] : null;
        private int _length;

        public void Count(string term, LunrTokenOccurrence occurrence)
        {
            _length++;
            if (!_slots.TryGetValue(term, out int slot))
            {
                slot = _terms.Count;
                _slots.Add(term, slot);
                _terms.Add(term);
                _frequencies.Add(0);
                _occurrences?.Add([]);
            }
            _frequencies[slot]++;
            _occurrences?[slot].Add(occurrence);
        }

        public LunrFieldTerms ToFieldTerms() => new(
            [.. _terms],
            [.. _frequencies],
            _length,
            _occurrences?.Select(list => list.ToArray()).ToArray());
    }
}
