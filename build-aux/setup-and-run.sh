#!/bin/sh
# Installs what is missing, builds Versus in build/ and launches it on its
# bundled comparison (or on the files given as arguments), uninstalled.
set -eu
cd "$(dirname "$0")/.."

sh build-aux/install-deps.sh
[ -f build/build.ninja ] || meson setup build
ninja -C build

# Uninstalled: the settings schema is compiled into build/data.
export GSETTINGS_SCHEMA_DIR="$PWD/build/data${GSETTINGS_SCHEMA_DIR:+:$GSETTINGS_SCHEMA_DIR}"
exec build/src/versus "$@"
