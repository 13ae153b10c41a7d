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

    public LunrFieldTerms AnalyzeText(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> lowered = JsLowerCase.ToLower(text, out char[] rented);
        TermCounter counter = RentCounter();
        if (_recordOccurrences)
        {
            int tokenIndex = 0;
            foreach ((int start, int length) in LunrTokenizer.Tokens(lowered))
            {
                foreach (ProcessedTerm term in Process(lowered.Slice(start, length), RecentSpans.Hash(lowered.Slice(start, length))))
                {
                    counter.Count(term.Id, new LunrTokenOccurrence(start + term.Offset, term.Length, tokenIndex));
                }
                tokenIndex++;
            }
        }
        else
        {
            // A page repeats its words: they are counted in a small table of the field's own first,
            // then each distinct word goes through the pipeline's shared tables once. Terms keep the
            // order in which they first appear: the distinct words are taken in that order.
            TokenTable tokens = counter.Tokens;
            tokens.Start();
            foreach ((int start, int length) in LunrTokenizer.Tokens(lowered))
            {
                tokens.Add(lowered, start, length);
            }
            for (int i = 0; i < tokens.Count; i++)
            {
                (int start, int length, int hash, int count) = tokens[i];
                foreach (ProcessedTerm term in Process(lowered.Slice(start, length), hash))
                {
                    counter.Count(term.Id, count);
                }
            }
        }
        ArrayPool<char>.Shared.Return(rented);
        return ReturnCounter(counter);
    }

    private LunrFieldTerms AnalyzeItems(IReadOnlyList<string?> items)
    {
        TermCounter counter = RentCounter();
        foreach (string? item in items)
        {
            string lowered = JsLowerCase.ToLower(item ?? "");
            foreach (ProcessedTerm term in Process(lowered, RecentSpans.Hash(lowered)))
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

    /// <param name="hash">The token's <see cref="RecentSpans.Hash"/>.</param>
    private ProcessedTerm[] Process(ReadOnlySpan<char> token, int hash)
    {
        // Most tokens of a text are a few thousand frequent words, found in this thread's small table first.
        RecentSpans<ProcessedTerm[]> recent = RecentSpans.For<ProcessedTerm[]>(this, slots: 1 << 14);
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
        /// <summary>The distinct tokens of the field being counted (without recorded positions).</summary>
        public TokenTable Tokens { get; } = new();

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

        /// <summary>Counts <paramref name="count"/> occurrences of a term whose positions are not recorded.</summary>
        public void Count(int termId, int count)
        {
            _length += count;
            _frequencies[SlotOf(termId)] += count - 1;
        }

        public void Count(int termId, LunrTokenOccurrence occurrence)
        {
            _length++;
            int slot = SlotOf(termId);
            if (recordOccurrences)
            {
                _occurrences[slot].Add(occurrence);
            }
        }

        // The term's slot, its frequency counted once more (a new slot starts at 1).
        private int SlotOf(int termId)
        {
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
            return slot;
        }

        public LunrFieldTerms Finish() => _length == 0 ? LunrFieldTerms.Empty : new(
            [.. _termIds],
            [.. _frequencies],
            _length,
            recordOccurrences ? [.. _occurrences.Select(list => list.ToArray())] : null);
    }

    /// <summary>
    /// The distinct tokens of one field in the order they first appear, with how often each came:
    /// open addressing over (start, length) ranges of the lowered text, so nothing is copied.
    /// </summary>
    private sealed class TokenTable
    {
        private int[] _slots = new int[1024]; // entry index + 1, 0 when empty
        private int[] _starts = new int[256];
        private int[] _lengths = new int[256];
        private int[] _hashes = new int[256];
        private int[] _counts = new int[256];
        private int[] _slotOfEntry = new int[256];

        public int Count { get; private set; }

        public (int Start, int Length, int Hash, int Count) this[int index] => (_starts[index], _lengths[index], _hashes[index], _counts[index]);

        public void Start()
        {
            // Only the slots this field used are cleared: a long page does not make every later field pay for its table.
            for (int i = 0; i < Count; i++)
            {
                _slots[_slotOfEntry[i]] = 0;
            }
            Count = 0;
        }

        public void Add(ReadOnlySpan<char> text, int start, int length)
        {
            ReadOnlySpan<char> token = text.Slice(start, length);
            int hash = RecentSpans.Hash(token);
            int mask = _slots.Length - 1;
            int slot = hash & mask;
            while (_slots[slot] != 0)
            {
                int entry = _slots[slot] - 1;
                if (_hashes[entry] == hash && text.Slice(_starts[entry], _lengths[entry]).SequenceEqual(token))
                {
                    _counts[entry]++;
                    return;
                }
                slot = (slot + 1) & mask;
            }
            if (Count == _starts.Length)
            {
                int size = Count * 2;
                Array.Resize(ref _starts, size);
                Array.Resize(ref _lengths, size);
                Array.Resize(ref _hashes, size);
                Array.Resize(ref _counts, size);
                Array.Resize(ref _slotOfEntry, size);
            }
            _starts[Count] = start;
            _lengths[Count] = length;
            _hashes[Count] = hash;
            _counts[Count] = 1;
            _slotOfEntry[Count] = slot;
            _slots[slot] = ++Count;
            if (Count * 2 > _slots.Length)
            {
                Grow();
            }
        }

        // Twice the slots, every entry placed again (a table stays at most half full).
        private void Grow()
        {
            _slots = new int[_slots.Length * 2];
            int mask = _slots.Length - 1;
            for (int entry = 0; entry < Count; entry++)
            {
                int slot = _hashes[entry] & mask;
                while (_slots[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }
                _slots[slot] = entry + 1;
                _slotOfEntry[entry] = slot;
            }
        }
    }
}
