#!/usr/bin/env bash
# Profile one build of bench/work/ours-N (run bench/run.sh N first so it exists).
#
#   bench/profile.sh N [probe] [trace] [perf]     (default: all three)
#
#   probe  one build with bench/probe as startup hook: GC/memory timeline, GC counts and pauses,
#          allocation by type, JIT time           -> bench/work/prof/N/probe.txt, probe.out
#   trace  one build under dotnet-trace (sampled thread stacks, ~100 Hz), summarised by
#          bench/trace_top.py                     -> bench/work/prof/N/trace.*, trace-top.txt
#   perf   one build under `perf record` (CPU samples by binary and symbol; JIT'd code named
#          through DOTNET_PerfMapEnabled)         -> bench/work/prof/N/perf-*.txt
#
# Extra environment for the build (GC or JIT experiments) passes through, e.g.
#   DOTNET_gcServer=1 bench/profile.sh 1000 probe
# dotnet-trace is installed into bench/work/tools from NuGet when missing; perf from Debian
# (linux-perf). dotnet-counters and dotnet-gcdump are not on the NuGet feed this machine reaches;
# the probe stands in for them.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
n="${1:?usage: bench/profile.sh N [probe] [trace] [perf]}"
shift
what=("$@")
[ "${#what[@]}" -gt 0 ] || what=(probe trace perf)

root="$here/work/ours-$n"
[ -d "$root/seeds" ] || { echo "no site root $root: run bench/run.sh $n --runs 1 --warmup 0 --tools ours first" >&2; exit 1; }
prof="$here/work/prof/$n"
mkdir -p "$prof"
dll="${SITE_DLL:-$repo/src/Site/bin/Release/net10.0/site.dll}"   # SITE_DLL=... to profile another build (e.g. ReadyToRun)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
[ -f "$dll" ] || (cd "$repo" && dotnet build -c Release src/Site -nologo -v quiet)

out="$here/work/prof/out-$n"
# Like bench.py: drop the kernel caches after deleting the last output. On a journal-less ext4 every
# new inode otherwise skips the inodes deleted in the last 30 s whose table blocks are cached
# (`recently_deleted`), which made file creation look several times dearer than in the bench.
clean() {
  rm -rf "$out"; mkdir -p "$out"
  if [ -w /proc/sys/vm/drop_caches ]; then sync; echo 3 >/proc/sys/vm/drop_caches; fi
}

for step in "${what[@]}"; do
  case "$step" in
    probe)
      (cd "$repo" && dotnet build -c Release bench/probe -nologo -v quiet >/dev/null)
      clean
      echo "[probe] N=$n" >&2
      BENCH_PROBE_OUT="$prof/probe.txt" DOTNET_STARTUP_HOOKS="$here/probe/bin/Release/net10.0/BenchProbe.dll" \
        /usr/bin/time -v -o "$prof/probe.time" dotnet "$dll" build --root "$root" --output "$out/site" >"$prof/probe.out" 2>&1
      sed -n '/^# summary/,/^# timeline/p' "$prof/probe.txt" | head -40
      grep -E 'Elapsed|Maximum resident' "$prof/probe.time"
      ;;
    trace)
      tools="$here/work/tools"
      [ -x "$tools/dotnet-trace" ] || dotnet tool install --tool-path "$tools" dotnet-trace >&2
      clean
      echo "[trace] N=$n" >&2
      rm -f "$prof"/trace.nettrace "$prof"/trace.speedscope.json
      (cd "$prof" && "$tools/dotnet-trace" collect --profile dotnet-sampled-thread-time --format Speedscope \
        -o "$prof/trace.nettrace" -- dotnet "$dll" build --root "$root" --output "$out/site" >"$prof/trace.out" 2>&1)
      python3 "$here/trace_top.py" "$prof/trace.speedscope.json" >"$prof/trace-top.txt"
      head -60 "$prof/trace-top.txt"
      ;;
    perf)
      command -v perf >/dev/null || { apt-get update -qq && apt-get install -y -qq linux-perf >/dev/null; }
      clean
      echo "[perf] N=$n" >&2
      # sh writes its pid and execs dotnet in place, so we know which /tmp/perf-PID.map is ours.
      # A native program (SITE_DLL=bench/work/native/site) runs as it is: perf reads its symbols
      # from site.dbg beside it, no map file needed.
      launch=(dotnet "$dll"); case "$dll" in *.dll) ;; *) launch=("$dll") ;; esac
      DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -F 199 -g -o "$prof/perf.data" -- \
        sh -c 'echo $$ >"$0"; exec "$@"' "$prof/perf.pid" "${launch[@]}" build --root "$root" --output "$out/site" >"$prof/perf.out" 2>"$prof/perf.err"
      perf report -i "$prof/perf.data" --no-children --sort dso --stdio -g none 2>/dev/null | grep -v '^#' | grep -v '^$' | head -25 >"$prof/perf-dso.txt"
      perf report -i "$prof/perf.data" --no-children --sort dso,sym --stdio -g none 2>/dev/null | grep -v '^#' | grep -v '^$' | head -80 >"$prof/perf-sym.txt"
      cat "$prof/perf-dso.txt"
      head -40 "$prof/perf-sym.txt"
      pid="$(cat "$prof/perf.pid")"
      rm -f "/tmp/perf-$pid.map" "/tmp/perfinfo-$pid.map"
      ;;
    *) echo "unknown step $step (probe, trace, perf)" >&2; exit 2 ;;
  esac
done
rm -rf "$out"
