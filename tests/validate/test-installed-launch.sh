#!/bin/bash
# test-installed-launch.sh: install the build into a temporary DESTDIR and
# start Versus the way a desktop does: `gtk4-launch io.github.versus.Versus`
# looks the launcher up by its desktop id in XDG_DATA_DIRS, and as it says
# DBusActivatable=true, GIO asks the session bus to activate the app, and
# the bus starts the installed D-Bus service (`versus --gapplication-service`).
# (`gio launch FILE.desktop` would not: GLib 2.74 only knows the app id of a
# desktop file found by id, and runs Exec= for one given by path.) The test
# sees the window appear under Xvfb and checks that D-Bus activation started
# it; then it opens a comparison file the way a file manager does (`gio open`:
# MIME type -> default application -> org.freedesktop.Application.Open) and
# sees its window; then it quits with Ctrl+Q. Prints TAP.
#
# Environment (set by tests/validate/meson.build): BUILD_ROOT, PREFIX,
# BINDIR, DATADIR (absolute install paths), SOURCE_ROOT, APP_ID.
# Run under build-aux/with-xvfb.sh (it sets DISPLAY). KEEP_TMP=1 keeps the
# temporary directory (install log, screen.png) for a look afterwards.

set -u
n=0
failed=0
tmp=$(mktemp -d /tmp/versus-launch.XXXXXX)
app_pid=
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null
  fi
  [ -n "${KEEP_TMP:-}" ] || rm -rf "$tmp"
}
trap cleanup EXIT

ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }
check () { local what=$1; shift; if "$@"; then ok "$what"; else not_ok "$what"; fi; }
diag () { sed 's/^/# /'; }

echo "1..11"

if [ -z "${DISPLAY:-}" ]; then
  echo "# DISPLAY is not set: run under build-aux/with-xvfb.sh"
fi

# 1. Install
if DESTDIR="$tmp/root" meson install -C "$BUILD_ROOT" --no-rebuild --quiet >"$tmp/install.log" 2>&1; then
  ok "meson install --destdir"
else
  not_ok "meson install --destdir"; diag <"$tmp/install.log"
fi

share="$tmp/root$DATADIR"
bin="$tmp/root$BINDIR"
desktop="$share/applications/$APP_ID.desktop"
service="$share/dbus-1/services/$APP_ID.service"

# 2. Everything a desktop needs is where it looks for it.
missing=
for f in "$bin/versus" "$desktop" "$service" \
         "$share/metainfo/$APP_ID.metainfo.xml" \
         "$share/icons/hicolor/scalable/apps/$APP_ID.svg" \
         "$share/icons/hicolor/symbolic/apps/$APP_ID-symbolic.svg" \
         "$share/icons/hicolor/scalable/status/vs-level-partial-symbolic.svg" \
         "$share/icons/hicolor/scalable/status/vs-level-unknown-symbolic.svg" \
         "$share/mime/packages/$APP_ID.xml" \
         "$share/glib-2.0/schemas/$APP_ID.gschema.xml" \
         "$tmp/root$MANDIR/man1/versus.1" \
         "$tmp/root$LOCALEDIR/de/LC_MESSAGES/versus.mo" \
         "$tmp/root$LOCALEDIR/de/LC_MESSAGES/versus-datasets.mo"; do
  [ -e "$f" ] || missing="$missing ${f#$tmp/root}"
done
if [ -z "$missing" ]; then ok "installed files in place"; else not_ok "installed files in place"; echo "# missing:$missing"; fi

# 3. The service file starts the installed binary as a GApplication service.
check "D-Bus service file: Name=$APP_ID, Exec=$BINDIR/versus --gapplication-service" \
  grep -qx "Exec=$BINDIR/versus --gapplication-service" "$service"
grep -qx "Name=$APP_ID" "$service" || echo "# Name= line wrong in $service"

# gnome.post_install skips its work under DESTDIR: do what it does.
glib-compile-schemas "$share/glib-2.0/schemas" 2>&1 | diag
update-mime-database "$share/mime" 2>&1 | diag
update-desktop-database "$share/applications" 2>&1 | diag
# The staged binary is not at $BINDIR yet: point the service there.
sed -i "s|^Exec=$BINDIR/|Exec=$bin/|" "$service"

# 4. The desktop database maps our type to the desktop file.
check "mimeinfo.cache: application/x-versus-comparison -> $APP_ID.desktop" \
  grep -q "^application/x-versus-comparison=.*$APP_ID.desktop" "$share/applications/mimeinfo.cache"

mkdir -p "$tmp/home" "$tmp/runtime"
chmod 700 "$tmp/runtime"
cat >"$tmp/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=$tmp</listen>
  <auth>EXTERNAL</auth>
  <servicedir>$share/dbus-1/services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF

# A comparison of a person's own, with a title of its own.
sed 's/"title": "Django vs. Flask"/"title": "Mine vs. Theirs"/' \
  "$SOURCE_ROOT/data/datasets/django-vs-flask.json" >"$tmp/mine.versus.json"

# What runs inside the private session bus: launch, wait for the window,
# report, close. It leaves its findings in files.
cat >"$tmp/inside.sh" <<'INSIDE'
set -u
desktop=$1; app_id=$2; out=$3
gtk4-launch "$app_id" >"$out/launch.log" 2>&1
echo $? >"$out/launch.rc"
timeout 30 xdotool search --sync --onlyvisible --name "Django vs. Flask" >"$out/wid" 2>/dev/null
wid=$(head -n1 "$out/wid")
if [ -n "$wid" ]; then
  gio open "$out/mine.versus.json" >"$out/open.log" 2>&1
  echo $? >"$out/open.rc"
  timeout 30 xdotool search --sync --onlyvisible --name "Mine vs. Theirs" >"$out/wid2" 2>/dev/null
  xdotool getwindowpid "$wid" >"$out/pid" 2>/dev/null
  pid=$(cat "$out/pid")
  tr '\0' ' ' <"/proc/$pid/cmdline" >"$out/cmdline" 2>/dev/null
  gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
    --method org.freedesktop.DBus.GetConnectionUnixProcessID "$app_id" >"$out/owner" 2>&1
  import -window root "$out/screen.png" 2>/dev/null
  xdotool windowfocus --sync "$wid" 2>/dev/null
  xdotool key --window "$wid" --clearmodifiers ctrl+q
  for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then echo alive >"$out/after"; else echo gone >"$out/after"; fi
fi
INSIDE

env -i PATH="$bin:/usr/bin:/bin" DISPLAY="$DISPLAY" HOME="$tmp/home" \
    XDG_RUNTIME_DIR="$tmp/runtime" XDG_DATA_HOME="$tmp/home/.local/share" \
    XDG_CONFIG_HOME="$tmp/home/.config" XDG_CACHE_HOME="$tmp/home/.cache" \
    XDG_DATA_DIRS="$share:/usr/share" LC_ALL=C.UTF-8 GTK_A11Y=none \
    GSK_RENDERER=cairo GDK_DEBUG=gl-disable \
    dbus-run-session --config-file="$tmp/session.conf" -- \
    bash "$tmp/inside.sh" "$desktop" "$APP_ID" "$tmp" >"$tmp/inside.log" 2>&1

# 5. the launcher started
if [ "$(cat "$tmp/launch.rc" 2>/dev/null)" = 0 ]; then ok "gtk4-launch $APP_ID"; else not_ok "gtk4-launch $APP_ID"; diag <"$tmp/launch.log"; fi
# 6. the window appeared
wid=$(head -n1 "$tmp/wid" 2>/dev/null)
app_pid=$(cat "$tmp/pid" 2>/dev/null)
if [ -n "$wid" ]; then ok "a window titled \"Django vs. Flask\" appeared"; else not_ok "a window titled \"Django vs. Flask\" appeared"; diag <"$tmp/inside.log"; fi
# 7. it was started by D-Bus activation of the installed binary
check "started by the bus as $bin/versus --gapplication-service" \
  grep -q "^$bin/versus --gapplication-service" "$tmp/cmdline"
[ -s "$tmp/cmdline" ] && echo "# cmdline: $(cat "$tmp/cmdline")"
# 8. it owns its application id on the bus
check "the window's process owns $APP_ID on the session bus" \
  grep -q "(uint32 ${app_pid:-none},)" "$tmp/owner"
# 9-10. a comparison file opens in it, as from a file manager
if [ "$(cat "$tmp/open.rc" 2>/dev/null)" = 0 ]; then ok "gio open mine.versus.json"; else not_ok "gio open mine.versus.json"; diag <"$tmp/open.log" 2>/dev/null; fi
check "a window titled \"Mine vs. Theirs\" appeared" test -s "$tmp/wid2"
# 11. Ctrl+Q closed it
check "Ctrl+Q quit the application" grep -qx gone "$tmp/after"
if [ -e "$tmp/screen.png" ] && [ -n "${VERSUS_LAUNCH_SCREENSHOT:-}" ]; then
  cp "$tmp/screen.png" "$VERSUS_LAUNCH_SCREENSHOT"
fi

[ "$failed" -eq 0 ]
