#!/usr/bin/env bash
# Runs every test of the project on a fresh machine: NuGet and npm packages are restored by the
# build itself; Debian's Chromium (for the browser tests) is installed here when it is missing.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null 2>&1; then
  echo "test.sh: installing Debian's chromium for the browser tests"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi

dotnet test Site.sln -c Release --logger "console;verbosity=minimal" "$@"
