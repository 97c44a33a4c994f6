#!/bin/bash
# with-xvfb.sh COMMAND [ARGS...]
#
# Runs COMMAND with DISPLAY set to a private Xvfb server, and stops that
# server when COMMAND ends, whatever happens. xvfb-run is not used: it can
# exit before it kills its server. The server tells us its display number
# itself (-displayfd), so there is no sleep-and-hope.
set -u

workdir=$(mktemp -d "${TMPDIR:-/tmp}/versus-xvfb.XXXXXX")
server_pid=""

stop_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null
    wait "$server_pid" 2>/dev/null
  fi
  rm -rf "$workdir"
}
trap stop_server EXIT
trap 'exit 130' INT TERM

screen="${VERSUS_XVFB_SCREEN:-1280x1024x24}"

# -displayfd picks a free display itself; try a few times in case another
# server grabs the same number between its check and its bind.
for attempt in 1 2 3 4 5; do
  : > "$workdir/display"
  Xvfb -displayfd 3 -screen 0 "$screen" -nolisten tcp -noreset \
    3>"$workdir/display" 2>"$workdir/xvfb.log" &
  server_pid=$!

  for _ in $(seq 250); do
    if [ -s "$workdir/display" ] || ! kill -0 "$server_pid" 2>/dev/null; then
      break
    fi
    sleep 0.02
  done

  if [ -s "$workdir/display" ] && kill -0 "$server_pid" 2>/dev/null; then
    break
  fi
  wait "$server_pid" 2>/dev/null
  server_pid=""
done

if [ -z "$server_pid" ]; then
  echo "with-xvfb.sh: could not start Xvfb:" >&2
  cat "$workdir/xvfb.log" >&2
  exit 1
fi

DISPLAY=":$(tr -d '[:space:]' < "$workdir/display")"
export DISPLAY
unset WAYLAND_DISPLAY

"$@"
