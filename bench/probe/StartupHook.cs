using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Runtime;
using System.Text;

/// <summary>
/// Loaded by the runtime before Main when DOTNET_STARTUP_HOOKS names this assembly. Writes to
/// $BENCH_PROBE_OUT (default probe.txt): a timeline sampled every $BENCH_PROBE_MS ms (working set,
/// GC heap, allocated bytes, GC counts, pause time, CPU time, thread-pool threads), every GC
/// (generation, reason, pause), the allocation sampled by type (AllocationTick, one per ~100 KB)
/// and a summary at exit. Changes nothing in the program it watches.
/// </summary>
#pragma warning disable CA1050
internal static class StartupHook
#pragma warning restore CA1050
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();
    private static readonly StringBuilder Timeline = new();
    private static Probe.GcListener? _listener;
    private static Timer? _timer;
    private static string _out = "probe.txt";
    private static double _startToHookMs;
    private static double _liveEvery;
    private static int _sampling;
    private static double _nextLive;
    private static readonly StringBuilder Live = new();

    public static void Initialize()
    {
        _out = Environment.GetEnvironmentVariable("BENCH_PROBE_OUT") ?? "probe.txt";
        var periodMs = int.TryParse(Environment.GetEnvironmentVariable("BENCH_PROBE_MS"), out var p) ? p : 250;
        using (var self = Process.GetCurrentProcess())
        {
            _startToHookMs = (DateTime.Now - self.StartTime).TotalMilliseconds;
        }

        if (Environment.GetEnvironmentVariable("BENCH_PROBE_EVENTS") != "0")
        {
            _listener = new Probe.GcListener(Clock);
        }

        // BENCH_PROBE_LIVE_S=10: every 10 s force a full compacting GC and record the live heap (slows the build).
        _liveEvery = double.TryParse(Environment.GetEnvironmentVariable("BENCH_PROBE_LIVE_S"), NumberStyles.Float, CultureInfo.InvariantCulture, out var l) ? l : 0;
        _nextLive = _liveEvery;
        Timeline.AppendLine("t_s\tworking_set_mb\tgc_heap_mb\tallocated_mb\tgen0\tgen1\tgen2\tpause_ms\tcpu_s\tthreads\tpool_threads");
        Sample();
        _timer = new Timer(_ =>
        {
            if (Interlocked.Exchange(ref _sampling, 1) == 0)
            {
                try
                {
                    Sample();
                }
                finally
                {
                    Volatile.Write(ref _sampling, 0);
                }
            }
        }, null, periodMs, periodMs);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Finish();
    }

    private static void Sample()
    {
        if (_liveEvery > 0 && Clock.Elapsed.TotalSeconds >= _nextLive)
        {
            _nextLive = Clock.Elapsed.TotalSeconds + _liveEvery;
            var before = Environment.WorkingSet;
            var t0 = Clock.Elapsed.TotalSeconds;
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            lock (Live)
            {
                Live.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"{t0:0.0}\tlive {GC.GetTotalMemory(false) / 1048576.0:0} MB\tworking set before {before / 1048576.0:0} MB\tfull gc {1000 * (Clock.Elapsed.TotalSeconds - t0):0} ms"));
            }
        }

        using var self = Process.GetCurrentProcess();
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{Clock.Elapsed.TotalSeconds:0.00}\t{Environment.WorkingSet / 1048576.0:0}\t{GC.GetTotalMemory(false) / 1048576.0:0}\t{GC.GetTotalAllocatedBytes(false) / 1048576.0:0}\t{GC.CollectionCount(0)}\t{GC.CollectionCount(1)}\t{GC.CollectionCount(2)}\t{GC.GetTotalPauseDuration().TotalMilliseconds:0}\t{self.TotalProcessorTime.TotalSeconds:0.00}\t{self.Threads.Count}\t{ThreadPool.ThreadCount}");
        lock (Timeline)
        {
            Timeline.AppendLine(line);
        }
    }

    private static void Finish()
    {
        _timer?.Dispose();
        Sample();
        using var self = Process.GetCurrentProcess();
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        var s = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        s.AppendLine("# summary");
        s.AppendLine(string.Create(inv, $"process start -> startup hook: {_startToHookMs:0} ms"));
        s.AppendLine(string.Create(inv, $"startup hook -> exit: {Clock.Elapsed.TotalSeconds:0.00} s"));
        s.AppendLine(string.Create(inv, $"cpu: {self.TotalProcessorTime.TotalSeconds:0.00} s (user {self.UserProcessorTime.TotalSeconds:0.00}, sys {self.PrivilegedProcessorTime.TotalSeconds:0.00})"));
        s.AppendLine(string.Create(inv, $"peak working set: {self.PeakWorkingSet64 / 1048576.0:0} MB"));
        s.AppendLine(string.Create(inv, $"allocated: {GC.GetTotalAllocatedBytes(false) / 1048576.0:0} MB"));
        s.AppendLine(string.Create(inv, $"gc counts: gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}"));
        s.AppendLine(string.Create(inv, $"gc pause total: {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms; time in GC of last GC: {info.PauseTimePercentage:0.0}%"));
        s.AppendLine(string.Create(inv, $"gc mode: server={GCSettings.IsServerGC}, latency={GCSettings.LatencyMode}"));
        s.AppendLine(string.Create(inv, $"gc committed at exit: {info.TotalCommittedBytes / 1048576.0:0} MB, heap at last gc: {info.HeapSizeBytes / 1048576.0:0} MB, promoted: {info.PromotedBytes / 1048576.0:0} MB"));
        s.AppendLine(string.Create(inv, $"jit: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms, {System.Runtime.JitInfo.GetCompiledILBytes() / 1024.0:0} KB IL"));
        s.AppendLine(string.Create(inv, $"threads at exit: {self.Threads.Count}, thread pool: {ThreadPool.ThreadCount}, completed work items: {ThreadPool.CompletedWorkItemCount}"));
        _listener?.Report(s);
        if (_liveEvery > 0)
        {
            s.AppendLine("# live heap after forced full GCs (t_s, live, working set just before)");
            s.Append(Live);
        }

        s.AppendLine("# timeline");
        lock (Timeline)
        {
            s.Append(Timeline);
        }

        File.WriteAllText(_out, s.ToString());
    }
}

namespace Probe
{
    /// <summary>Runtime GC events in-process: each GC's generation, reason and pause; allocation ticks by type.</summary>
    internal sealed class GcListener : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;
        private readonly Stopwatch _clock;
        private readonly ConcurrentDictionary<string, long> _allocByType = new();
        private readonly ConcurrentQueue<string> _gcs = new();
        private readonly long[] _byGen = new long[3];
        private readonly double[] _pauseByGen = new double[3];
        private readonly ConcurrentDictionary<string, int> _reasons = new();
        private static readonly DateTime Started = DateTime.UtcNow;
        private double _gcStartMs;
        private int _gcGen;
        private int _gcReason;
        private long _sampled;
        private long _loh;

        public GcListener(Stopwatch clock)
        {
            _clock = clock;
        }

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, GcKeyword);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (_clock is null || e.Payload is null)
            {
                return; // events can arrive while the base constructor runs
            }

            switch (e.EventName)
            {
                case "GCAllocationTick_V4":
                case "GCAllocationTick_V3":
                case "GCAllocationTick_V2":
                {
                    var type = Get<string>(e, "TypeName") ?? "?";
                    var amount = Convert.ToInt64(Get<object>(e, "AllocationAmount64") ?? Get<object>(e, "AllocationAmount") ?? 0L, CultureInfo.InvariantCulture);
                    var kind = Convert.ToInt32(Get<object>(e, "AllocationKind") ?? 0, CultureInfo.InvariantCulture);
                    _allocByType.AddOrUpdate(type, amount, (_, v) => v + amount);
                    Interlocked.Add(ref _sampled, amount);
                    if (kind == 1)
                    {
                        Interlocked.Add(ref _loh, amount);
                    }

                    break;
                }
                case "GCStart_V2":
                case "GCStart_V1":
                case "GCStart":
                    _gcStartMs = (e.TimeStamp - Started).TotalMilliseconds;
                    _gcGen = Convert.ToInt32(Get<object>(e, "Depth") ?? 0, CultureInfo.InvariantCulture);
                    var reason = Convert.ToInt32(Get<object>(e, "Reason") ?? 0, CultureInfo.InvariantCulture);
                    _gcReason = reason;
                    _reasons.AddOrUpdate($"gen{_gcGen} reason {reason}", 1, (_, v) => v + 1);
                    break;
                case "GCEnd_V1":
                case "GCEnd":
                {
                    var pause = (e.TimeStamp - Started).TotalMilliseconds - _gcStartMs;
                    var gen = Math.Clamp(_gcGen, 0, 2);
                    Interlocked.Increment(ref _byGen[gen]);
                    _pauseByGen[gen] += pause;
                    if (gen == 2)
                    {
                        _gcs.Enqueue(string.Create(CultureInfo.InvariantCulture, $"{_gcStartMs / 1000:0.00}\tgen2\t{pause:0} ms\treason {_gcReason}\tworking set {Environment.WorkingSet / 1048576:0} MB"));
                    }

                    break;
                }
            }
        }

        private static T? Get<T>(EventWrittenEventArgs e, string name)
        {
            var index = e.PayloadNames?.IndexOf(name) ?? -1;
            return index >= 0 && e.Payload![index] is T value ? value : default;
        }

        public void Report(StringBuilder s)
        {
            var inv = CultureInfo.InvariantCulture;
            s.AppendLine("# gc events (GCStart..GCEnd event timestamps)");
            for (var g = 0; g < 3; g++)
            {
                s.AppendLine(string.Create(inv, $"gen{g}: {_byGen[g]} gcs, {_pauseByGen[g]:0} ms"));
            }

            s.AppendLine("reasons (0=small alloc, 1=induced, 2=low memory, 3=empty, 4=LOH alloc, 5=out of space SOH, 6=out of space LOH): "
                + string.Join(", ", _reasons.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}: {r.Value}")));
            s.AppendLine("gen2 gcs (t, pause, reason, working set):");
            foreach (var line in _gcs)
            {
                s.AppendLine("  " + line);
            }

            s.AppendLine(string.Create(inv, $"# allocation by type (AllocationTick samples: {_sampled / 1048576.0:0} MB, of which LOH {_loh / 1048576.0:0} MB)"));
            foreach (var (type, bytes) in _allocByType.OrderByDescending(kv => kv.Value).Take(40))
            {
                s.AppendLine(string.Create(inv, $"{bytes / 1048576.0,10:0} MB  {100.0 * bytes / Math.Max(1, _sampled),5:0.0}%  {type}"));
            }
        }
    }
}
