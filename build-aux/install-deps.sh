#!/bin/sh
# Installs the Debian 12 (or newer) packages Versus needs to build, run and
# test, skipping those already installed. Uses sudo when not root.
set -eu

packages="
  gcc pkg-config meson ninja-build gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libgtk-4-bin libadwaita-1-dev libjson-glib-dev
  libcairo2-dev libpango1.0-dev
  desktop-file-utils appstream libxml2-utils shared-mime-info
  xvfb xauth dbus-daemon at-spi2-core python3 python3-gi python3-dogtail python3-pyatspi
  xdotool x11-utils imagemagick poppler-utils qpdf
  fonts-cantarell fonts-dejavu-core fonts-noto-cjk
  python3-jsonschema flatpak-builder
  valgrind clang-14 libclang-rt-14-dev
"

missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

[ -z "$missing" ] && exit 0

echo "Installing:$missing"
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
else
  sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
