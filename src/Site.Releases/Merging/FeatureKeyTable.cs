using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
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
/// </summary>
public sealed class FeatureKeyTable
{
    public const string CacheName = "catalog:feature-keys";

    private readonly ConcurrentDictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<FeatureFact, int[]>? _byFact;
    private readonly ConditionalWeakTable<FeatureFact, int[]>.CreateValueCallback _numberKeysOf;
    private int _count;

    /// <param name="rememberFacts">Keep each fact's numbers for the next build (a table kept in a build cache).</param>
    public FeatureKeyTable(bool rememberFacts = true)
    {
        // One callback for the table's life: a lambda at the call site would be a new delegate per fact.
        _numberKeysOf = fact => Number(FactKeys(fact));
        _byFact = rememberFacts ? new() : null;
    }

    /// <summary>One more than the largest number handed out so far.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The numbers of a fact's keys: its issue numbers, then its name's and aliases' name keys.</summary>
    public int[] KeysOf(FeatureFact fact) => _byFact is null ? _numberKeysOf(fact) : _byFact.GetValue(fact, _numberKeysOf);

    /// <summary>The numbers of a name's keys (for the settings' alias groups).</summary>
    public int[] KeysOf(IEnumerable<string> names, int? issue)
    {
        var keys = new List<string>();
        if (issue is { } number)
        {
            keys.Add(IssueKey(number));
        }

        foreach (var name in names)
        {
            AddNameKeys(keys, name);
        }

        return Number(keys);
    }

    private int[] Number(List<string> keys)
    {
        var numbers = new int[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            // GetOrAdd may run the factory twice for one key on a race; the loser's number is never
            // stored, which leaves a gap, nothing worse.
            numbers[i] = _numbers.GetOrAdd(keys[i], static (_, table) => Interlocked.Increment(ref table._count) - 1, this);
        }

        return numbers;
    }

    private static List<string> FactKeys(FeatureFact fact)
    {
        var keys = new List<string>(4);
        foreach (var number in fact.IssueNumbers)
        {
            keys.Add(IssueKey(number));
        }

        AddNameKeys(keys, fact.Name);
        foreach (var alias in fact.Aliases)
        {
            AddNameKeys(keys, alias);
        }

        return keys;
    }

    private static string IssueKey(int number) => "#" + number.ToString(CultureInfo.InvariantCulture);

    private static void AddNameKeys(List<string> keys, string name)
    {
        var compact = FeatureNames.CompactKey(name);
        if (compact.Length >= 2)
        {
            keys.Add("c:" + compact);
        }

        if (FeatureNames.WordSetKey(name) is { } words)
        {
            keys.Add("w:" + words);
        }
    }
}
