#!/bin/bash
# run-a11y.sh BUS_CONFIG VERSUS_BINARY
# Runs test-a11y.py on a private session bus (inside the X server the
# caller provides). The bus daemons print to stdout too; only the TAP
# lines go to meson, everything else to stderr.
set -u
here=$(dirname "$0")
out=$(mktemp)
trap 'rm -f "$out"' EXIT
# The AT-SPI client library warns about the bus it is given: not fatal.
env -u G_DEBUG -u GTK_A11Y dbus-run-session --config-file="$1" -- /usr/bin/python3 "$here/test-a11y.py" "$2" > "$out"
status=$?
grep -E '^(1\.\.[0-9]+|ok |not ok |# )' "$out"
grep -vE '^(1\.\.[0-9]+|ok |not ok |# )' "$out" >&2
exit $status
