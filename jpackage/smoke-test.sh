#!/usr/bin/env bash
# Installer smoke test (Debian/Ubuntu, as root): builds the .deb through the documented entry point,
# installs it with apt-get as a user would, runs the installed command line and wizard, then purges
# the package and checks it left nothing behind.
#
#   jpackage/smoke-test.sh [FILE.deb]      (without a file: mvn -Ppackage -DskipTests verify first)
#
# Needs: apt-get, xvfb (xvfb-run), xauth, icewm (a window manager, so the screenshot shows the
# title bar with the window icon), x11-utils (xwininfo, xprop), imagemagick (import).
# Writes target/smoke/: installed.png (the window), screen.png (the whole display with the task bar),
# gui.log, and the command outputs.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
out=target/smoke
rm -rf "$out"
mkdir -p "$out"
step() { echo "smoke: [$((SECONDS - start))s] $*"; }
fail() { echo "smoke: FAIL: $*" >&2; exit 1; }

if [ $# -gt 0 ]; then
  deb=$1
else
  step "building the .deb (mvn -Ppackage -DskipTests verify)"
  JPACKAGE_TYPES="app-image deb" mvn -B -ntp -q -Ppackage -DskipTests verify
  deb=$(ls target/jpackage/dist/mta-sts-wizard_*.deb)
fi
[ -f "$deb" ] || fail "no .deb at $deb"
version=$(dpkg-deb -f "$deb" Version)
# JavaFX loads GTK 3 at run time: the package must pull it in on a system without a desktop.
dpkg-deb -f "$deb" Depends | tr ',' '\n' | grep -qx ' *libgtk-3-0' || fail "the .deb does not depend on libgtk-3-0"
! dpkg-deb -f "$deb" Depends | grep -q xdg-utils || fail "the .deb depends on xdg-utils (its scripts fail without a menu directory)"
dups=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/^ *//' | sort | uniq -d)
[ -z "$dups" ] || fail "the .deb lists a dependency more than once: $dups"
maintainer=$(dpkg-deb -f "$deb" Maintainer)
! grep -qi 'unknown' <<<"$maintainer" && grep -qE '^[^<]+ <[^@<> ]+@[^@<> ]+>$' <<<"$maintainer" \
  || fail "the .deb has no real Maintainer: $maintainer"
# The class list postinst makes the class-data archive from (build.sh, step 6); jlink's archive of
# the JDK's classes alone is left out, the one made at installation holds them too.
# (grep -c reads the whole listing: -q would stop early and the pipe would fail on SIGPIPE.)
dpkg-deb -c "$deb" | grep -c 'lib/mta-sts-wizard.classlist$' >/dev/null || fail "the .deb has no class list (mta-sts-wizard.classlist)"
! dpkg-deb -c "$deb" | grep -c 'classes.*\.jsa$' >/dev/null || fail "the .deb carries a class-data archive made at build time"
step "package $(basename "$deb"): $(du -h "$deb" | cut -f1), version $version, maintainer $maintainer"
if [ -d target/jpackage/dist/mta-sts-wizard ]; then
  step "app-image $(du -sh target/jpackage/dist/mta-sts-wizard | cut -f1), runtime $(du -sh target/jpackage/runtime | cut -f1)"
fi

# Anything named after the app in the system's folders (not in homes, work trees, temporary
# folders, logs or caches, where builds and other programs come and go while this runs).
leftovers() {
  find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /run -o -path /tmp -o -path /var/tmp \
    -o -path /var/log -o -path /var/cache -o -path /home -o -path /root -o -path /work -o -path /mnt \
    -o -path /media -o -path "$PWD" \) -prune -o -name '*mta-sts*' -print 2>/dev/null | sort
}
if dpkg -s mta-sts-wizard >/dev/null 2>&1; then
  step "removing the mta-sts-wizard package installed before this test"
  DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq mta-sts-wizard >/dev/null
fi
leftovers >"$out/before.txt"
# A failed run must not leave the package installed for whatever runs next.
cleanup() { if dpkg -s mta-sts-wizard >/dev/null 2>&1; then apt-get purge -y -qq mta-sts-wizard >/dev/null 2>&1 || true; fi; }
trap cleanup EXIT

step "apt-get install ./$(basename "$deb")"
case $deb in /*) ;; *) deb=./$deb ;; esac
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >"$out/install.log" 2>&1 \
  || { cat "$out/install.log"; fail "apt-get install"; }
dpkg -s mta-sts-wizard | grep -q '^Status: install ok installed' || fail "package not fully installed"
# The leftover scan must see what the package put on the system, or its verdict means nothing.
leftovers >"$out/installed-files.txt"
for f in /opt/mta-sts-wizard /usr/bin/mta-sts /usr/bin/mta-sts-wizard /etc/alternatives/mta-sts; do
  grep -qx "$f" "$out/installed-files.txt" || fail "$f missing after install (or the leftover scan cannot see it)"
done

# The class-data archive postinst made where the package is installed, and in use: with -Xshare:on
# the JVM refuses to start without a usable archive, and the class-loading log (_JAVA_OPTIONS comes
# after the launcher's own options, which turn logging off) shows the app's main class from it.
jsa=/opt/mta-sts-wizard/lib/mta-sts-wizard.jsa
[ -f "$jsa" ] || fail "no class-data archive at $jsa after install: $(cat "$out/install.log")"
JAVA_TOOL_OPTIONS=-Xshare:on mta-sts --version >"$out/cds-on.txt" 2>&1 \
  || fail "mta-sts does not start with -Xshare:on (the archive is not usable): $(cat "$out/cds-on.txt")"
_JAVA_OPTIONS="-Xlog:class+load=info:file=$out/class-load.txt" mta-sts --version >/dev/null 2>&1 \
  || fail "mta-sts --version with the class-loading log"
grep -q 'org.mtasts.wizard.Main source: shared objects file' "$out/class-load.txt" \
  || fail "the app's main class was not loaded from the class-data archive (see $out/class-load.txt)"
step "class-data archive $jsa ($(du -h "$jsa" | cut -f1)): $(grep -c 'source: shared objects file' "$out/class-load.txt") of $(grep -c 'source: ' "$out/class-load.txt") classes of --version from it"

# The command line, from PATH as a user types it.
[ "$(command -v mta-sts)" = /usr/bin/mta-sts ] || fail "mta-sts is not on PATH"
mta-sts --version >"$out/version.txt" 2>&1 || fail "mta-sts --version: $(cat "$out/version.txt")"
grep -qx "mta-sts-wizard ${version%-*}" "$out/version.txt" || fail "unexpected version: $(cat "$out/version.txt")"
step "mta-sts --version: $(cat "$out/version.txt")"

# lint on a sample policy (RFC 8461 section 3.2: CRLF line endings): a good one passes, a broken one
# is reported with exit code 1 and a one-line finding, not a stack trace.
printf 'version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\nmx: *.example.net\r\nmax_age: 604800\r\n' >"$out/good-policy.txt"
printf 'version: STSv1\r\nmode: enforce\r\nmax_age: 604800\r\n' >"$out/bad-policy.txt"
mta-sts lint --policy "$out/good-policy.txt" --mx mail.example.com,mx1.example.net >"$out/lint-good.txt" 2>&1 \
  || fail "lint rejected a valid policy: $(cat "$out/lint-good.txt")"
set +e
mta-sts lint --policy "$out/bad-policy.txt" >"$out/lint-bad.txt" 2>&1
code=$?
set -e
[ $code -eq 1 ] || fail "lint on a policy without mx exited $code (want 1): $(cat "$out/lint-bad.txt")"
! grep -q 'Exception\|	at ' "$out/lint-bad.txt" || fail "lint printed a stack trace"
grep -q "mx" "$out/lint-bad.txt" || fail "lint did not name the missing mx line: $(cat "$out/lint-bad.txt")"
step "mta-sts lint: valid policy exit 0, policy without mx exit 1"

# The wizard, from its installed launcher, in a virtual X display with a window manager.
step "starting the installed wizard under xvfb-run"
export MTASTS_STARTUP_TIMING=1
export XDG_CONFIG_HOME="$PWD/$out/config"
xvfb-run -a -s '-screen 0 1600x1000x24' bash -c '
  out=$1
  icewm >/dev/null 2>&1 &
  wm=$!
  sleep 1
  /usr/bin/mta-sts-wizard >"$out/gui.log" 2>&1 &
  app=$!
  win=
  for _ in $(seq 1 120); do
    win=$(xwininfo -root -tree 2>/dev/null | awk "/\"MTA-STS Wizard\": \\(/ {print \$1; exit}")
    [ -n "$win" ] && break
    kill -0 $app 2>/dev/null || break
    sleep 0.5
  done
  [ -n "$win" ] || { echo "no wizard window appeared"; cat "$out/gui.log"; kill $app $wm 2>/dev/null; exit 1; }
  sleep 3
  xprop -id "$win" WM_CLASS _NET_WM_ICON >"$out/window-props.txt" 2>&1 || true
  import -window root "$out/screen.png"
  # The window with its frame: the title bar shows the window icon.
  import -frame -window "$win" "$out/installed.png"
  kill -0 $app 2>/dev/null || { echo "the wizard exited early"; cat "$out/gui.log"; exit 1; }
  kill $app; wait $app 2>/dev/null
  kill $wm; wait $wm 2>/dev/null
  exit 0
' _ "$out" || fail "wizard did not start"
[ -s "$out/installed.png" ] || fail "no screenshot"
grep -q 'Icon (' "$out/window-props.txt" || fail "the window has no icon (_NET_WM_ICON): $(cat "$out/window-props.txt")"
if grep -nE 'Exception|Error|^\s+at |Unsupported JavaFX configuration' "$out/gui.log"; then
  fail "the wizard's log shows a problem (above)"
fi
grep -o 'startup: first window shown after [0-9]* ms' "$out/gui.log" || true
step "wizard window shown with its icon; screenshots $out/installed.png, $out/screen.png"

step "apt-get purge mta-sts-wizard"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq mta-sts-wizard >"$out/purge.log" 2>&1 \
  || { cat "$out/purge.log"; fail "apt-get purge"; }
! dpkg -s mta-sts-wizard >/dev/null 2>&1 || fail "package still known to dpkg"
leftovers >"$out/after.txt"
if ! diff "$out/before.txt" "$out/after.txt"; then
  fail "files left behind after purge (above)"
fi
step "purged; nothing left behind. Smoke test passed."
