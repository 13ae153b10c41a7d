using System.Diagnostics;
using System.Globalization;
using Site.Engine.Diagnostics;
using Site.Engine.Pipelines;

namespace Site.Cli.Build;

/// <summary>
/// Shows a build as it runs: on a terminal one progress line that overwrites itself (and is
/// cleared before the report), with --verbose a plain line per finished phase.
/// </summary>
internal sealed class ConsoleBuildObserver : IBuildObserver, IDisposable
{
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(250);

    private readonly TextWriter _output;
    private readonly bool _progressLine;
    private readonly bool _phaseLines;
    private readonly Lock _lock = new();
    private readonly List<string> _running = [];
    private readonly Stopwatch _clock = new();
    private Timer? _timer;
    private DiagnosticBag? _diagnostics;
    private int _phases;
    private int _done;
    private bool _lineShown;

    private ConsoleBuildObserver(TextWriter output, bool progressLine, bool phaseLines)
    {
        _output = output;
        _progressLine = progressLine;
        _phaseLines = phaseLines;
    }

    /// <summary>The observer the options ask for, or null when nothing is shown during a build (--quiet, or plain output without --verbose).</summary>
    public static ConsoleBuildObserver? For(BuildOptions options, TextWriter output)
    {
        if (options.Quiet)
        {
            return null;
        }

        var progressLine = Terminal.IsInteractive(output);
        return progressLine || options.Verbose ? new ConsoleBuildObserver(output, progressLine, options.Verbose) : null;
    }

    public void Started(DiagnosticBag diagnostics, int phases)
    {
        lock (_lock)
        {
            _diagnostics = diagnostics;
            _phases = phases;
            _done = 0;
            _running.Clear();
            _clock.Restart();
            if (_progressLine)
            {
                _timer ??= new Timer(_ => Redraw(), null, RedrawInterval, RedrawInterval);
            }

            DrawLine();
        }
    }

    public void PhaseStarted(string pipeline, Phase phase)
    {
        lock (_lock)
        {
            _running.Add(pipeline + " " + phase);
            DrawLine();
        }
    }

    public void PhaseFinished(PhaseTiming timing)
    {
        lock (_lock)
        {
            _done++;
            _running.Remove(timing.Pipeline + " " + timing.Phase);
            if (_phaseLines)
            {
                ClearLine();
                _output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {timing.Pipeline} {timing.Phase}: {timing.Documents} {(timing.Documents == 1 ? "document" : "documents")} in {timing.Elapsed.TotalMilliseconds:0} ms"));
            }

            DrawLine();
        }
    }

    public void Finished()
    {
        lock (_lock)
        {
            _timer?.Dispose();
            _timer = null;
            ClearLine();
            _output.Flush();
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _timer?.Dispose();
            _timer = null;
        }
    }

    private void Redraw()
    {
        lock (_lock)
        {
            DrawLine();
        }
    }

    private void DrawLine()
    {
        if (!_progressLine || _diagnostics is null)
        {
            return;
        }

        var running = _running.Count > 0 ? "  " + _running[^1] : string.Empty;
        var problems = _diagnostics.ErrorCount + _diagnostics.WarningCount > 0
            ? "  " + ProblemCount.Of(_diagnostics.ErrorCount, _diagnostics.WarningCount)
            : string.Empty;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Building {_done}/{_phases} phases{running}  {_clock.Elapsed.TotalSeconds:0.0} s{problems}");
        var width = Terminal.Width() - 1;
        // "\r" returns to the line start, ESC[K erases what a longer previous line left behind.
        _output.Write("\r" + (text.Length > width ? text[..width] : text) + "\u001b[K");
        _output.Flush();
        _lineShown = true;
    }

    private void ClearLine()
    {
        if (_lineShown)
        {
            _output.Write("\r\u001b[K");
            _lineShown = false;
        }
    }
}
