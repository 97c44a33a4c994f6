#!/bin/sh
# Runs every benchmark and prints one table: each figure with min, median
# and max over several runs, its floor, the ratio and whether the target is
# met. Configures build-bench/ (release) if needed and builds it first.
#
#   build-aux/run-benchmarks.sh            all of them
#   VERSUS_BENCH_RUNS=15 build-aux/...     more runs per figure
#   VERSUS_BENCH_BUILD_DIR=dir ...         another build directory
#
# The window figures need an X server: the project's build-aux/with-xvfb.sh
# when it exists, else $DISPLAY. Times are wall-clock: on a busy machine
# they are noisy, which min and max show; the load average is printed.
# No figure fails the script; only a program that fails does.
set -u
cd "$(dirname "$0")/.."
root=$(pwd)
dir=${VERSUS_BENCH_BUILD_DIR:-build-bench}

if [ ! -f "$dir/build.ninja" ]; then
  meson setup "$dir" -Dbuildtype=release || exit 1
fi
bench="$root/$dir/tests/bench"
# The benchmark programs and data are not built by default.
targets=
for t in gen-comparison floor-window bench-startup bench-core bench-window \
         bench-8x100000.json bench-64x10000.json bench-8x10000.json bench-8x1000.json; do
  if ninja -C "$dir" -t query "tests/bench/$t" >/dev/null 2>&1; then
    targets="$targets tests/bench/$t"
  fi
done
ninja -C "$dir" -j2 >/dev/null || ninja -C "$dir" -j2 || exit 1
ninja -C "$dir" -j2 $targets >/dev/null || ninja -C "$dir" -j2 $targets || exit 1

# The same environment as the benchmark() entries in tests/bench/meson.build.
export LC_ALL=C.UTF-8 LANGUAGE= G_DEBUG= NO_AT_BRIDGE=1
export GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$root/$dir/data"
export GSK_RENDERER=cairo GDK_DEBUG=gl-disable
export VERSUS_SOURCE_ROOT="$root"
export VERSUS_BIN="$root/$dir/src/versus"
export VERSUS_BENCH_FLOOR_WINDOW="$bench/floor-window"
export VERSUS_BENCH_DATA_DIR="$bench"

xvfb=
if [ -x build-aux/with-xvfb.sh ]; then
  xvfb=build-aux/with-xvfb.sh
elif [ -z "${DISPLAY:-}" ]; then
  echo "run-benchmarks: no build-aux/with-xvfb.sh and no \$DISPLAY" >&2
  exit 1
fi

status=0
out=$(mktemp)
trap 'rm -f "$out"' EXIT

echo "# Versus benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average:$(uptime | sed 's/.*load average://')"
echo "# runs per figure: ${VERSUS_BENCH_RUNS:-default}; renderer: cairo (no GPU)"

first=1
for program in bench-startup bench-core bench-window; do
  [ -x "$bench/$program" ] || { echo "# $program: not built yet"; continue; }
  case $program in
    bench-core) set -- "$bench/$program" ;;
    *) set -- $xvfb "$bench/$program" ;;
  esac
  "$@" > "$out" 2> "$out.err" || { status=1; echo "# $program FAILED:"; sed 's/^/#   /' "$out.err"; }
  if [ $first = 1 ]; then
    cat "$out"
    first=0
  else
    grep -v '^figure ' "$out"
  fi
  rm -f "$out.err"
done

exit $status
