#!/usr/bin/env python3
"""Summarise a speedscope file written by `dotnet-trace collect --format Speedscope`.

usage: trace_top.py FILE.speedscope.json [TOP]

Prints, over all threads: time by area of the generator (the deepest frame of a stack that matches
an area's rule decides), top frames by inclusive and by exclusive time, and time per thread.
Thread time includes waiting: stacks whose leaf is a wait (Monitor.Wait, semaphores, thread-pool
idle) are counted as "waiting" and left out of the area and frame tables. Standard library only.
"""
import collections
import json
import sys

# (area, substrings of a frame name); the deepest frame of a stack matching any rule decides.
AREAS = [
    ("gc: threads stopped for a collection (PollGC)", ["PollGC"]),
    ("gc / allocation helpers", ["GC_", "gc_heap", "Allocat", "JIT_New"]),
    ("markdown: Markdig parse", ["Markdig.Parsers", "Markdig.Markdown.Parse", "Markdig.Helpers"]),
    ("markdown: Markdig render", ["Markdig.Renderers"]),
    ("markdown: our module (links, headings, html)", ["Site.Web.Markdown", "Site.Web.Slugs", "Site.Web.Toc", "Site.Web.Html"]),
    ("front matter / language / urls", ["Site.Web.FrontMatter", "YamlDotNet", "Site.Web.Language", "Site.Web.Paths"]),
    ("extraction (release facts)", ["Site.Releases.Extraction"]),
    ("catalog (merging)", ["Site.Releases.Merging", "Site.Releases.Model"]),
    ("cross-linking", ["Site.Releases.Linking"]),
    ("page views (factories)", ["Site.Releases.Pages"]),
    ("razor rendering", ["Microsoft.AspNetCore.Components", "Site.Theme"]),
    ("link check / rendered page scan", ["Site.Web.Links"]),
    ("output writing", ["Site.Web.Output", "System.IO.FileStream", "System.IO.Directory", "System.IO.File.", "Microsoft.Win32.SafeHandles"]),
    ("site files (sitemap, feed)", ["Site.Web.Feeds"]),
    ("engine", ["Site.Engine"]),
    ("command line / start", ["Site.Cli", "System.CommandLine"]),
]
WAIT_MARKERS = ["Monitor.Wait", "WaitHandle", "LowLevelLifoSemaphore", "LowLevelMonitor", "Thread.Sleep", "SpinWait",
                "WaitOneNoCheck", "ManualResetEventSlim.Wait", "SemaphoreSlim.Wait", "Task.SpinThenBlockingWait",
                "Task.InternalWaitCore", "PortableThreadPool+GateThread", "WaitForSignal", "BLOCKED_TIME",
                "Interop+Sys.WaitForSocketEvents", "ReadAsync", "TimerQueue", "Thread.SleepInternal", "WaitSubsystem",
                "LowLevelSpinWaiter", "SocketAsyncEngine.EventLoop", "WaitNative", "Thread.Join", "WaitForPendingFinalizers",
                "Monitor.Enter", "FinalizerThread", "Task.Wait", "TaskAwaiter.GetResult", "ConfiguredTaskAwaiter.GetResult",
                "HandleNonSuccessAndDebuggerNotification", "GC.RunFinalizers"]
PSEUDO = {"CPU_TIME", "UNMANAGED_CODE_TIME", "BLOCKED_TIME"}


def area_of(names):
    for name in reversed(names):  # deepest first
        for area, needles in AREAS:
            if any(n in name for n in needles):
                return area
    return "other (runtime, BCL, unmanaged)"


def is_wait(names):
    # the last real frames decide: a thread parked in a wait, or the socket/timer/finalizer threads
    leaf_part = [n for n in names[-3:] if n not in PSEUDO]
    return any(m in n for n in leaf_part for m in WAIT_MARKERS) or any("SocketAsyncEngine" in n or "FinalizerThread" in n for n in names)


def walk(profile, frames):
    """Yields (stack as tuple of frame indexes, duration) for a speedscope profile."""
    if profile.get("type") == "sampled":
        for stack, weight in zip(profile["samples"], profile["weights"]):
            yield tuple(stack), weight
        return
    stack, last = [], None
    for event in profile["events"]:
        at = event["at"]
        if last is not None and stack and at > last:
            yield tuple(stack), at - last
        last = at
        if event["type"] == "O":
            stack.append(event["frame"])
        else:
            # close the frame (and anything opened above it that was not closed)
            while stack:
                if stack.pop() == event["frame"]:
                    break


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    frames = [fr["name"] for fr in data["shared"]["frames"]]
    inclusive, exclusive = collections.Counter(), collections.Counter()
    areas, threads, leaves = collections.Counter(), collections.Counter(), collections.Counter()
    kinds = collections.Counter()
    total = waiting = 0.0
    unit = "ms"
    for profile in data["profiles"]:
        unit = profile.get("unit", unit)
        for stack, dt in walk(profile, frames):
            names = [frames[i] for i in stack]
            threads[profile.get("name", "?")] += dt
            total += dt
            if is_wait(names):
                waiting += dt
                continue
            kind = names[-1] if names[-1] in PSEUDO else "?"
            kinds[kind] += dt
            real = [n for n in names if n not in PSEUDO]
            areas[area_of(real)] += dt
            exclusive[(real[-1] if real else "?") + ("  [native]" if kind == "UNMANAGED_CODE_TIME" else "")] += dt
            for name in set(real):
                inclusive[name] += dt
    busy = total - waiting
    scale = 1000.0 if unit == "milliseconds" else 1.0
    print(f"thread time {total / scale:.1f} s over {len(threads)} threads; waiting {waiting / scale:.1f} s; busy {busy / scale:.1f} s ({unit})")
    print("busy = " + ", ".join(f"{k} {v / scale:.1f} s" for k, v in kinds.most_common())
          + "  (UNMANAGED_CODE_TIME: runtime native code such as GC and JIT, or a system call)")
    print("\n# busy time by area (deepest matching frame decides)")
    for area, t in areas.most_common():
        print(f"{t / scale:9.1f} s {100 * t / busy:5.1f}%  {area}")
    print(f"\n# top {top} frames by inclusive busy time")
    for name, t in [(n, t) for n, t in inclusive.most_common() if not n.startswith(("Process64", "Thread", "(Non-Activities)"))][:top]:
        print(f"{t / scale:9.1f} s {100 * t / busy:5.1f}%  {name[:160]}")
    print(f"\n# top {top} frames by exclusive busy time")
    for name, t in exclusive.most_common(top):
        print(f"{t / scale:9.1f} s {100 * t / busy:5.1f}%  {name[:160]}")
    print("\n# threads (thread time incl. waiting)")
    for name, t in threads.most_common(15):
        print(f"{t / scale:9.1f} s  {name}")


if __name__ == "__main__":
    main()
