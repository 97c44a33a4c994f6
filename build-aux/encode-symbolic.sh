#!/bin/sh
# Renders a symbolic SVG icon to GTK's precompiled ".symbolic.png" form at
# one size, so the app needs no SVG loader (librsvg) to show it.
#
#   encode-symbolic.sh ENCODER INPUT.svg SIZE OUTPUT.symbolic.png
#
# ENCODER is gtk4-encode-symbolic-svg, which names its output after the
# input; this puts it where meson wants it.
set -eu
encoder=$1 input=$2 size=$3 output=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$encoder" -o "$tmp" "$input" "${size}x${size}"
mv "$tmp/$(basename "$input" .svg).symbolic.png" "$output"
