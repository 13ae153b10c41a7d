#!/usr/bin/env bash
# Runs every test of the project on a fresh machine: NuGet and npm packages are restored by the
# build itself; Debian's Chromium (for the browser tests) and a C toolchain (to link the native
# program) are installed here when they are missing.
set -euo pipefail
cd "$(dirname "$0")"

apt_install() {
  local sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "$@" >/dev/null
}

if ! command -v chromium >/dev/null 2>&1; then
  echo "test.sh: installing Debian's chromium for the browser tests"
  apt_install chromium
fi

# A test publishes the native (AOT) program, which links with clang or, failing that, gcc.
if ! command -v clang >/dev/null 2>&1 && ! command -v gcc >/dev/null 2>&1; then
  echo "test.sh: installing Debian's gcc to link the native program"
  apt_install gcc zlib1g-dev
fi

dotnet test Site.sln -c Release --logger "console;verbosity=minimal" "$@"
