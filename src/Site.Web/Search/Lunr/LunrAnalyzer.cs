using System.Buffers;
using System.Collections.Concurrent;
using Site.Web.Text;

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
    private readonly ConcurrentDictionary<string, ProcessedTerm[]> _processed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ProcessedTerm[]>.AlternateLookup<ReadOnlySpan<char>> _processedBySpan;
    private readonly ConcurrentBag<TermCounter> _idleCounters = [];

    public LunrAnalyzer(LunrPipeline pipeline, bool recordOccurrences)
    {
        _pipeline = pipeline;
        _recordOccurrences = recordOccurrences;
        _processedBySpan = _processed.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public LunrTermTable Terms { get; } = new();

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
        ReadOnlySpan<char> lowered = JsLowerCase.ToLower(text, out char[] rented);
        TermCounter counter = RentCounter();
        int tokenIndex = 0;
        foreach ((int start, int length) in LunrTokenizer.Tokens(lowered))
        {
            foreach (ProcessedTerm term in Process(lowered.Slice(start, length)))
            {
                counter.Count(term.Id, new LunrTokenOccurrence(start + term.Offset, term.Length, tokenIndex));
            }
            tokenIndex++;
        }
        ArrayPool<char>.Shared.Return(rented);
        return ReturnCounter(counter);
    }

    private LunrFieldTerms AnalyzeItems(IReadOnlyList<string?> items)
    {
        TermCounter counter = RentCounter();
        foreach (string? item in items)
        {
            foreach (ProcessedTerm term in Process(JsLowerCase.ToLower(item ?? "")))
            {
                counter.Count(term.Id, new LunrTokenOccurrence(0, 0, -1));
            }
        }
        return ReturnCounter(counter);
    }

    private TermCounter RentCounter()
    {
        TermCounter counter = _idleCounters.TryTake(out TermCounter? idle) ? idle : new TermCounter(_recordOccurrences);
        counter.Start();
        return counter;
    }

    private LunrFieldTerms ReturnCounter(TermCounter counter)
    {
        LunrFieldTerms terms = counter.Finish();
        _idleCounters.Add(counter);
        return terms;
    }

    private ProcessedTerm[] Process(ReadOnlySpan<char> token)
    {
        // Most tokens of a text are a few thousand frequent words, found in this thread's small table first.
        RecentSpans<ProcessedTerm[]> recent = RecentSpans.For<ProcessedTerm[]>(this, slots: 1 << 14);
        int hash = RecentSpans.Hash(token);
        if (recent.TryGet(hash, token, out ProcessedTerm[] hit))
        {
            return hit;
        }
        if (!_processedBySpan.TryGetValue(token, out string? text, out ProcessedTerm[]? terms))
        {
            text = token.ToString();
            terms = [.. _pipeline.Run(new LunrPipelineToken(text, 0, text.Length))
                .Select(output => new ProcessedTerm(Terms.IdOf(output.Text), output.Offset, output.Length))];
            if (!_processed.TryAdd(text, terms))
            {
                _processedBySpan.TryGetValue(token, out text, out terms);
            }
        }
        recent.Set(hash, text!, terms!);
        return terms!;
    }

    /// <summary>A term the pipeline made of a token, and where in the token it sits.</summary>
    private readonly record struct ProcessedTerm(int Id, int Offset, int Length);

    /// <summary>
    /// Counts the terms of one field, remembering the order in which they first appear: a slot
    /// table indexed by term id, invalidated by bumping a stamp rather than by clearing, so a
    /// field costs what its tokens cost. Reused across fields, one per concurrent analysis.
    /// </summary>
    private sealed class TermCounter(bool recordOccurrences)
    {
        private readonly List<int> _termIds = [];
        private readonly List<int> _frequencies = [];
        private readonly List<List<LunrTokenOccurrence>> _occurrences = [];
        private int[] _slotOfTerm = new int[1024];
        private int[] _stampOfTerm = new int[1024];
        private int _stamp;
        private int _length;

        public void Start()
        {
            _stamp++;
            _termIds.Clear();
            _frequencies.Clear();
            _occurrences.Clear();
            _length = 0;
        }

        public void Count(int termId, LunrTokenOccurrence occurrence)
        {
            _length++;
            if (termId >= _slotOfTerm.Length)
            {
                int size = Math.Max(termId + 1, _slotOfTerm.Length * 2);
                Array.Resize(ref _slotOfTerm, size);
                Array.Resize(ref _stampOfTerm, size);
            }
            int slot;
            if (_stampOfTerm[termId] == _stamp)
            {
                slot = _slotOfTerm[termId];
                _frequencies[slot]++;
            }
            else
            {
                slot = _termIds.Count;
                _stampOfTerm[termId] = _stamp;
                _slotOfTerm[termId] = slot;
                _termIds.Add(termId);
                _frequencies.Add(1);
                if (recordOccurrences)
                {
                    _occurrences.Add([]);
                }
            }
            if (recordOccurrences)
            {
                _occurrences[slot].Add(occurrence);
            }
        }

        public LunrFieldTerms Finish() => _length == 0 ? LunrFieldTerms.Empty : new(
            [.. _termIds],
            [.. _frequencies],
            _length,
            recordOccurrences ? [.. _occurrences.Select(list => list.ToArray())] : null);
    }
}
