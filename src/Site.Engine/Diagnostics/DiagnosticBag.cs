using System.Collections.Concurrent;

namespace Site.Engine.Diagnostics;

/// <summary>
/// Thread-safe collector. Reading it gives the diagnostics in a stable order (file, line, column,
/// message) so that two runs over the same input print the same report.
/// </summary>
public sealed class DiagnosticBag : IDiagnostics
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();
    private int _errors;
    private int _warnings;

    /// <summary>Called for every report as it arrives (e.g. to print progress); may run on any thread.</summary>
    public event Action<Diagnostic>? Reported;

    public int ErrorCount => Volatile.Read(ref _errors);

    public int WarningCount => Volatile.Read(ref _warnings);

    public bool HasErrors => ErrorCount > 0;

    public void Report(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        _items.Enqueue(diagnostic);
        if (diagnostic.Severity == Severity.Error)
        {
            Interlocked.Increment(ref _errors);
        }
        else if (diagnostic.Severity == Severity.Warning)
        {
            Interlocked.Increment(ref _warnings);
        }

        Reported?.Invoke(diagnostic);
    }

    public IReadOnlyList<Diagnostic> Sorted()
        => _items
            .Distinct()
            .OrderBy(d => d.Location?.Path ?? "\uffff", StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Line ?? 0)
            .ThenBy(d => d.Location?.Column ?? 0)
            .ThenByDescending(d => d.Severity)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
