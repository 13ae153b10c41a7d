using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Site.Releases.Extraction;
using Site.Releases.Model;

namespace Site.Releases.Merging;

/// <summary>
/// Numbers the keys features are merged by ("#1234", compact names, word sets), so merging works on
/// arrays instead of hashing ~100,000 strings per build. A fact's keys depend on the fact alone:
/// a table that outlives a build (the preview's, in its build cache) keeps them for every fact
/// object it has seen, and the facts of unchanged documents are the same objects from build to
/// build. Numbers are handed out as keys are first seen, so they depend on thread timing; the
/// merge only asks which facts share a key, never for the numbers' order. Thread-safe.
/// A table made for one build only does not remember facts: each entry of the weak table is a
/// dependent handle that every collection scans and a finalizer frees, and a large site has
/// hundreds of thousands of facts (4.5 s of finalizer time at 10,000 pages).
/// Keys are held as 128-bit hashes of their text (XxHash128), not as strings: nearly every fact of
/// a large site has names of its own, and the strings were 180 MB at 10,000 pages, all alive until
/// the merge ended, so every collection in between copied them. Two different keys would have to
/// share all 128 bits to merge two features by mistake (about 10^-27 for a million keys).
/// </summary>
public sealed class FeatureKeyTable
{
    public const string CacheName = "catalog:feature-keys";

    private readonly ConcurrentDictionary<UInt128, int> _numbers;
    private readonly ConditionalWeakTable<FeatureFact, int[]>? _byFact;
    private readonly ConditionalWeakTable<FeatureFact, int[]>.CreateValueCallback _numberKeysOf;
    private int _count;

    /// <param name="rememberFacts">Keep each fact's numbers for the next build (a table kept in a build cache).</param>
    /// <param name="expectedFacts">
    /// How many facts the first merge brings: nearly every fact of a large site has names of its
    /// own (965,065 keys for 480,000 facts at 10,000 pages), and a table grown from empty rehashed
    /// all of them at every doubling while it held every lock: the merge keys of 10,000 pages took
    /// 1.6–1.9 s of the catalog's wall time, 1.0–1.1 s in a table made to size.
    /// </param>
    public FeatureKeyTable(bool rememberFacts = true, int expectedFacts = 0)
    {
        _numbers = new(Environment.ProcessorCount, Math.Max(31, 2 * expectedFacts));
        // One callback for the table's life: a lambda at the call site would be a new delegate per fact.
        _numberKeysOf = FactNumbers;
        _byFact = rememberFacts ? new() : null;
    }

    /// <summary>One more than the largest number handed out so far.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The numbers of a fact's keys: its issue numbers, then its name's and aliases' name keys.</summary>
    public int[] KeysOf(FeatureFact fact) => _byFact is null ? _numberKeysOf(fact) : _byFact.GetValue(fact, _numberKeysOf);

    /// <summary>The numbers of a name's keys (for the settings' alias groups).</summary>
    public int[] KeysOf(IEnumerable<string> names, int? issue)
    {
        var numbers = new List<int>();
        if (issue is { } number)
        {
            numbers.Add(IssueNumber(number));
        }

        foreach (var name in names)
        {
            AddNameNumbers(numbers, name);
        }

        return [.. numbers];
    }

    private int[] FactNumbers(FeatureFact fact)
    {
        var numbers = _scratch ??= new List<int>(8);
        numbers.Clear();
        foreach (var issue in fact.IssueNumbers)
        {
            numbers.Add(IssueNumber(issue));
        }

        AddNameNumbers(numbers, fact.Name);
        foreach (var alias in fact.Aliases)
        {
            AddNameNumbers(numbers, alias);
        }

        return [.. numbers];
    }

    [ThreadStatic]
    private static List<int>? _scratch;

    // Keys are made in a buffer and hashed there: no string is made for a key.
    private int IssueNumber(int issue)
    {
        Span<char> key = stackalloc char[12];
        key[0] = '#';
        issue.TryFormat(key[1..], out var digits, default, CultureInfo.InvariantCulture);
        return NumberOf(key[..(1 + digits)]);
    }

    private void AddNameNumbers(List<int> numbers, string name)
    {
        var buffer = name.Length <= 254 ? stackalloc char[name.Length + 2] : new char[name.Length + 2];
        buffer[1] = ':';
        buffer[0] = 'c';
        var compact = FeatureNames.CompactKey(name, buffer[2..]);
        if (compact >= 2)
        {
            numbers.Add(NumberOf(buffer[..(2 + compact)]));
        }

        buffer[0] = 'w';
        var words = FeatureNames.WordSetKey(name, buffer[2..]);
        if (words >= 0)
        {
            numbers.Add(NumberOf(buffer[..(2 + words)]));
        }
    }

    private int NumberOf(ReadOnlySpan<char> key)
    {
        var hash = XxHash128.HashToUInt128(MemoryMarshal.AsBytes(key));
        if (_numbers.TryGetValue(hash, out var number))
        {
            return number;
        }

        // GetOrAdd may run the factory twice for one key on a race; the loser's number is never
        // stored, which leaves a gap, nothing worse.
        return _numbers.GetOrAdd(hash, static (_, table) => Interlocked.Increment(ref table._count) - 1, this);
    }
}
