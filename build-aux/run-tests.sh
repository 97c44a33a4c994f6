#!/bin/sh
# Runs the whole test suite from a fresh clone: installs what is missing,
# configures build/, builds, runs every suite (unit, cli, ui, validate),
# then, unless VERSUS_SKIP_ASAN=1, the same suites again under
# AddressSanitizer + UndefinedBehaviorSanitizer in build-asan/.
# Ends with one line "N passed, N failed" counted from meson's test logs.
set -u
cd "$(dirname "$0")/.."

sh build-aux/install-deps.sh || exit 1

status=0
logs=""

run_suite () {
  dir=$1; shift
  if [ ! -f "$dir/build.ninja" ]; then
    meson setup "$dir" "$@" || return 1
  fi
  ninja -C "$dir" || return 1
  meson test -C "$dir" --print-errorlogs --num-processes 2 || status=1
  logs="$logs $dir/meson-logs/testlog.json"
}

run_suite build || status=1

if [ "${VERSUS_SKIP_ASAN:-0}" != 1 ]; then
  if [ ! -f build-asan/build.ninja ]; then
    meson setup build-asan -Db_sanitize=address,undefined -Dbuildtype=debug || status=1
  fi
  if ninja -C build-asan; then
    meson test -C build-asan --setup asan --print-errorlogs --num-processes 2 || status=1
    logs="$logs build-asan/meson-logs/testlog-asan.json"
  else
    status=1
  fi
fi

python3 build-aux/test-summary.py $logs || status=1
exit $status
