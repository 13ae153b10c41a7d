#!/usr/bin/env bash
# Benchmark our generator against Hugo (minimal template) on the shared release-notes corpus.
#
#   bench/run.sh [N ...] [--runs R] [--warmup W] [--tools ours,hugo] [--ours-env NAME=VALUE] [--label TEXT]
#
# N defaults to $BENCH_SIZES or "1000 10000". See bench/README.md and `python3 bench/bench.py --help`.
# Installs Hugo and GNU time from Debian when missing, publishes the generator once as a native
# (AOT) program into bench/work/native (skip with BENCH_NO_BUILD=1), then runs bench/bench.py.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"

apt_install() {
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  fi
}

missing=()
[ -x /usr/bin/time ] || missing+=(time)
case " $* ${BENCH_TOOLS:-ours,hugo} " in
  *hugo*) command -v hugo >/dev/null || missing+=(hugo) ;;
esac
if [ "${#missing[@]}" -gt 0 ]; then
  echo "[setup] installing from Debian: ${missing[*]}" >&2
  apt_install "${missing[@]}"
fi

if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
  # The program as it ships for speed: native AOT for this machine (no JIT at start, no tiering).
  # The AOT compiler links with clang or, failing that, gcc.
  case "$(uname -m)" in
    x86_64) rid=linux-x64 ;;
    aarch64|arm64) rid=linux-arm64 ;;
    *) echo "no runtime identifier for $(uname -m)" >&2; exit 1 ;;
  esac
  echo "[setup] dotnet publish src/Site -c Release -r $rid -o bench/work/native" >&2
  (cd "$repo" && DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 dotnet publish src/Site -c Release -r "$rid" -o "$here/work/native" -nologo -v quiet) >&2
fi

exec python3 "$here/bench.py" "$@"
