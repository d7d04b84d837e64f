#!/usr/bin/env bash
# Builds the native installers from the jars `mvn package` left in target/.
#
#   jpackage/build.sh VERSION [TYPE...]        (or JPACKAGE_TYPES="app-image deb" in the environment)
#
# The `package` Maven profile calls it (`mvn -Ppackage verify`). Runs on Linux, macOS and Windows
# (Git Bash), with the JDK 17+ in JAVA_HOME (Maven passes its own) or on PATH; bash 3.2 is enough.
# TYPE defaults to what the OS offers: Linux app-image + deb (+ rpm where rpmbuild exists),
# Windows app-image + msi (needs WiX 3 on PATH), macOS app-image + dmg. Output: target/jpackage/dist.
#
# (1) The application jars go to an input folder, without JavaFX. (2) JavaFX goes into the runtime
# instead, as jmods made from the platform jars: its natives then sit in the runtime's lib/ like
# the JDK's own, and it runs from named modules (no "Unsupported JavaFX configuration" warning, no
# unpacking to ~/.openjfx at first start). (3) jdeps lists the JDK modules the jars use;
# jdk-modules.txt adds those only reached by name at run time. (4) jlink builds the runtime.
# (5) jpackage builds the app-image, with the wizard launcher and the `mta-sts` command-line
# launcher, then the installers from that image.
set -euo pipefail

version=${1:?usage: build.sh VERSION [TYPE...]}
shift
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"
log() { echo "build.sh: [${SECONDS}s] $*"; }

case "$(uname -s)" in
  Linux*) os=linux ;;
  Darwin*) os=mac ;;
  MINGW* | MSYS* | CYGWIN*) os=windows ;;
  *) echo "build.sh: unsupported OS $(uname -s)" >&2; exit 2 ;;
esac
# Module paths: java.exe on Windows separates entries with ';'.
ps=:
[ "$os" != windows ] || ps=';'

if [ -z "${JAVA_HOME:-}" ]; then
  jlink_path=$(command -v jlink) || { echo "build.sh: set JAVA_HOME or put a JDK 17+ on PATH" >&2; exit 2; }
  JAVA_HOME=$(cd "$(dirname "$(readlink -f "$jlink_path")")/.." && pwd)
fi
bin="$JAVA_HOME/bin"
jmods="$JAVA_HOME/jmods"
if [ "$os" = windows ] && command -v cygpath >/dev/null; then
  # bash runs tools by POSIX path; java.exe reads Windows paths in a module path.
  bin="$(cygpath -u "$JAVA_HOME")/bin"
  jmods="$(cygpath -w "$JAVA_HOME")\jmods"
fi
for tool in jar jdeps jlink jmod jpackage; do
  [ -x "$bin/$tool" ] || [ -x "$bin/$tool.exe" ] \
    || { echo "build.sh: $bin/$tool not found (need a full JDK 17+ with jmods)" >&2; exit 2; }
done

# shellcheck disable=SC2086 # JPACKAGE_TYPES is a space-separated list
[ $# -gt 0 ] || set -- ${JPACKAGE_TYPES:-}
if [ $# -eq 0 ]; then
  case $os in
    linux) set -- app-image deb; if command -v rpmbuild >/dev/null; then set -- "$@" rpm; fi ;;
    windows) set -- app-image msi ;;
    mac) set -- app-image dmg ;;
  esac
fi

# The .deb's Maintainer field: "VENDOR <this address>" (jpackage writes "<Unknown>" without it).
maintainer=maintainers@users.noreply.r-seed-d94027ce.example

# Installer versions must be numeric (an MSI's at most three parts): 0.1.0-SNAPSHOT -> 0.1.0.
pkg_version=${version%%-*}
name=mta-sts-wizard
out=target/jpackage
jar=target/$name.jar
[ -f "$jar" ] && [ -d target/lib ] || { echo "build.sh: run 'mvn package' first (needs $jar and target/lib)" >&2; exit 2; }

rm -rf "$out"
mkdir -p "$out/input" "$out/deps" "$out/jmods" "$out/dist"

# (1) + (2). JavaFX comes as javafx-MODULE-VERSION-CLASSIFIER.jar (the platform jar, a real module)
# plus a classifier-less javafx-MODULE-VERSION.jar that is an empty placeholder.
cp "$jar" "$out/input/"
fx_modules=""
for f in target/lib/*.jar; do
  b=$(basename "$f")
  case $b in
    javafx-*) ;;
    *) cp "$f" "$out/input/"; cp "$f" "$out/deps/"; continue ;;
  esac
  [[ $b =~ ^javafx-[a-z]+-[0-9.]+-[a-z0-9-]+\.jar$ ]] || continue
  cp "$f" "$out/deps/"
  mod=$("$bin/jar" --describe-module --file "$f" | head -n 1 | sed 's/@.*//')
  fx_modules="$fx_modules $mod"
  work="$out/fxwork/$mod"
  mkdir -p "$work/classes" "$work/libs"
  (cd "$work/classes" && "$bin/jar" xf "$root/$f")
  rm -rf "$work/classes/META-INF"
  # Natives move to the jmod's lib section, which jlink puts in lib/ (bin/ on Windows).
  find "$work/classes" -maxdepth 1 -type f \( -name '*.so' -o -name '*.dll' -o -name '*.dylib' \) \
    -exec mv {} "$work/libs/" \;
  "$bin/jmod" create --class-path "$work/classes" --libs "$work/libs" "$out/jmods/$mod.jmod"
done
rm -rf "$out/fxwork"
[ -n "$fx_modules" ] || { echo "build.sh: no JavaFX platform jars in target/lib" >&2; exit 2; }

# (3) The JDK modules jdeps finds in the bytecode of the application and every library (all as
# modules, so modular jars resolve their requires) ...
log "jdeps"
"$bin/jdeps" --multi-release 17 --ignore-missing-deps -verbose:package \
  --module-path "$out/deps" --add-modules ALL-MODULE-PATH "$jar" >"$out/jdeps.txt"
found=$(grep -oE -- '^[^ ].* -> (java|jdk)\.[A-Za-z0-9.]+$' "$out/jdeps.txt" | sed 's/.* -> //' | sort -u)
[ -n "$found" ] || { echo "build.sh: jdeps found no JDK module (see $out/jdeps.txt)" >&2; exit 1; }
# ... less the modules that only build tools inside a library jar use: ICU4J's jar carries its
# javadoc taglets (com.ibm.icu.dev.tool.docs), never loaded by the app, which alone would bring
# jdk.javadoc, jdk.compiler and java.compiler (14 MB) into the runtime.
tools='^ +com\.ibm\.icu\.dev\.'
tools_only=$(comm -23 \
  <(grep -E "$tools" "$out/jdeps.txt" | awk '{print $NF}' | tr -d '()\r' | sort -u) \
  <(grep -E -- '^ +[^ ]+ +-> ' "$out/jdeps.txt" | grep -vE "$tools" | awk '{print $NF}' | tr -d '()\r' | sort -u))
# shellcheck disable=SC2086 # word lists
found=$(comm -23 <(printf '%s\n' $found) <(printf '%s\n' $tools_only))
[ -z "$tools_only" ] || log "left out (used only by build tools in a library jar):" $tools_only
# ... plus those reached only by name at run time (jdk-modules.txt says why for each).
extra=$(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$here/jdk-modules.txt" | grep -v '^$' || true)
# shellcheck disable=SC2086 # word lists
modules=$(printf '%s\n' $found $extra $fx_modules | sort -u | paste -sd, -)
# shellcheck disable=SC2086
{
  echo "# Modules linked into the runtime"
  echo "# found by jdeps in the application and library jars:"
  printf '%s\n' $found
  echo "# from jpackage/jdk-modules.txt (reached by name at run time):"
  printf '%s\n' $extra
  echo "# JavaFX (from the platform jars):"
  printf '%s\n' $fx_modules
} >"$out/modules.txt"
log "modules: $modules"

# JavaFX internals the class-path libraries are compiled against (ControlsFX uses a few): with
# JavaFX in named modules each must be exported to the class path, or the first call fails.
java_options=()
# Only the first JIT tier (C1): a start of the wizard or of one check spends about a third of its
# CPU time in the optimising compiler (C2) for code that then runs for a second; measured on the
# installed package (2 cores, pairs of whole runs): check of a loopback domain -32% CPU, first
# window -42% CPU. Nothing in the app runs hot long enough for C2 to pay back (checks wait on the
# network, the window on the user).
java_options+=(--java-options "-XX:TieredStopAtLevel=1")
for e in $(awk '$NF == "(internal)" && $(NF-1) ~ /^javafx\./ {print $(NF-1) "/" $3}' "$out/jdeps.txt" | sort -u); do
  java_options+=(--java-options "--add-exports=$e=ALL-UNNAMED")
  log "exported to the class path: $e"
done

# (4) The runtime. --strip-java-debug-attributes rather than --strip-debug, which also strips
# native symbols and needs objcopy. --compress=1 (shared strings, no zip): the installers compress
# the image themselves and xz packs plain class files far better than zipped ones (measured on
# this app: .deb 42 MB with --compress=2, 28 MB with 1); the app-image stays well under what no
# compression gives, and classes load without inflating.
# --generate-cds-archive writes the runtime's default class-data archive (lib/server/classes.jsa):
# without it the jlinked runtime has none and every start parses and verifies the JDK's classes
# again. It lives inside the runtime and is found relative to it, so it stays valid wherever the
# image is installed.
log "jlink"
"$bin/jlink" --module-path "$jmods$ps$out/jmods" --add-modules "$modules" \
  --strip-java-debug-attributes --no-header-files --no-man-pages --compress=1 \
  --generate-cds-archive --output "$out/runtime"

# (5) The app-image, then the installers made from it.
common=(
  --name "$name"
  --app-version "$pkg_version"
  --vendor "MTA-STS Wizard maintainers"
  --description "Set up and verify MTA-STS (RFC 8461) and TLS reporting (RFC 8460) for a mail domain"
  --copyright "Copyright the MTA-STS Wizard authors"
  --dest "$out/dist"
)
image_opts=(
  --input "$out/input"
  --main-jar "$name.jar"
  --main-class org.mtasts.wizard.Main
  --runtime-image "$out/runtime"
  --add-launcher "mta-sts=jpackage/mta-sts.properties"
)
# Linux: no --icon. jpackage would then write menu entries of its own and make the .deb depend on
# xdg-utils, whose scripts fail where no menu directory exists; the entry and its icon are added
# to the image below and installed by jpackage/linux/postinst.
case $os in
  windows) image_opts+=(--icon "icons/$name.ico"); image="$out/dist/$name" ;;
  mac) image_opts+=(--icon "icons/$name.icns" --mac-package-identifier org.mtasts.wizard
                    --mac-package-name "MTA-STS Wizard"); image="$out/dist/$name.app" ;;
  linux) image="$out/dist/$name" ;;
esac
if [ ${#java_options[@]} -gt 0 ]; then image_opts+=("${java_options[@]}"); fi

log "jpackage --type app-image"
"$bin/jpackage" --type app-image "${common[@]}" "${image_opts[@]}"
if [ "$os" = linux ]; then
  rm -f "$image"/lib/*.png
  cp "jpackage/linux/$name.desktop" "$image/lib/"
  cp "icons/png/$name-256.png" "$image/lib/$name.png"
fi

# (6) The .deb: an application class-data archive (AppCDS). On Java 17 an archive records
# the absolute class path it was made with and is refused anywhere else ("shared class paths
# mismatch"), so none can be made here for a package installed under /opt. Instead the package
# carries the list of classes a start loads, and its postinst turns that list into the archive
# where the app is installed (lib/mta-sts-wizard.jsa, a static archive holding the JDK's classes
# too: it replaces the runtime's own, so the package leaves jlink's out; prerm deletes it).
# The list comes from training runs of this image: --version, lint, generate, a check that fails
# fast on a resolver nobody answers, and the first window under xvfb-run (skipped, with a note,
# where xvfb-run or GTK 3 is missing: the archive then lacks the window's classes).
train_class_list() {
  local img=$1 list=$2 t
  t=$(mktemp -d)
  mkdir -p "$t/home" "$t/config"
  printf 'version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\nmax_age: 604800\r\n' >"$t/policy.txt"
  train() {
    local n=$1
    shift
    HOME="$t/home" XDG_CONFIG_HOME="$t/config" \
      JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$t/$n.classlist -Dmtasts.exitAfterStartup=true" \
      timeout 120 "$@" >"$t/$n.log" 2>&1 || true
  }
  train version "$img/bin/mta-sts" --version
  train lint "$img/bin/mta-sts" lint --policy "$t/policy.txt" --mx mail.example.com
  train generate "$img/bin/mta-sts" generate --domain example.com --mx mail.example.com \
    --mode testing --max-age 86400 --rua mailto:tls@example.com --out "$t/out" --json
  train check "$img/bin/mta-sts" check example.invalid --resolver 127.0.0.1:9
  if ! command -v xvfb-run >/dev/null; then
    log "class list: no first-window training run (xvfb-run not installed)"
  elif ldd "$img/lib/runtime/lib/libglassgtk3.so" | grep -q 'not found'; then
    log "class list: no first-window training run (GTK 3 not installed)"
  else
    train window xvfb-run -a -s '-screen 0 1280x800x24' "$img/bin/$name"
  fi
  cat "$t"/*.classlist | grep -v '^#' | awk '!seen[$0]++' >"$list"
  rm -rf "$t"
  grep -q '^org/mtasts/wizard/' "$list" || { echo "build.sh: the class list has no application class" >&2; exit 1; }
  log "class list: $(wc -l <"$list") classes and lambda forms; first window trained:" \
    "$(grep -c '^org/mtasts/wizard/ui/' "$list") classes of the window"
}
package_image=$image
want_deb=false
for type in "$@"; do [ "$type" != deb ] || want_deb=true; done
if [ "$want_deb" = true ]; then
  log "training runs for the class list"
  train_class_list "$image" "$out/$name.classlist"
  # The .deb is built from a copy: the app-image (and the .rpm, whose scriptlets are jpackage's
  # own and would make no archive) keeps jlink's archive and runs anywhere.
  rm -rf "$out/package-image"
  mkdir -p "$out/package-image"
  cp -a "$image" "$out/package-image/"
  package_image=$out/package-image/$name
  rm -f "$package_image"/lib/runtime/lib/server/classes*.jsa
  cp "$out/$name.classlist" "$package_image/lib/"
  for cfg in "$package_image"/lib/app/*.cfg; do
    # [JavaOptions] is the cfg's last section: what is appended belongs to it. Also JVM warnings
    # go to standard error, so a stale archive never adds a line to the output of check --json.
    [ "$(grep '^\[' "$cfg" | tail -n 1)" = "[JavaOptions]" ] || { echo "build.sh: unexpected $cfg" >&2; exit 1; }
    printf 'java-options=%s\n' '-XX:SharedArchiveFile=$APPDIR/../mta-sts-wizard.jsa' \
      -Xlog:disable -Xlog:all=warning:stderr >>"$cfg"
  done
fi

license=()
[ ! -f LICENSE ] || license=(--license-file LICENSE)

for type in "$@"; do
  [ "$type" != app-image ] || continue
  log "jpackage --type $type"
  case $type in
    deb | rpm)
      # JavaFX loads GTK 3 at run time. For the .deb, jpackage finds it itself (dpkg -S on the
      # libraries the runtime's natives link, libglass-gtk3 among them) and lists libgtk-3-0;
      # naming it again would list it twice. The .rpm declares it.
      deps=(--linux-deb-maintainer "$maintainer")
      source_image=$package_image
      [ "$type" = deb ] || { deps=(--linux-package-deps gtk3); source_image=$image; }
      "$bin/jpackage" --type "$type" "${common[@]}" --app-image "$source_image" ${license[@]+"${license[@]}"} \
        --resource-dir jpackage/linux --install-dir /opt \
        --linux-package-name "$name" --linux-app-category net "${deps[@]}"
      ;;
    msi | exe)
      "$bin/jpackage" --type "$type" "${common[@]}" --app-image "$image" ${license[@]+"${license[@]}"} \
        --resource-dir jpackage/windows \
        --win-menu --win-menu-group "MTA-STS Wizard" --win-shortcut --win-dir-chooser \
        --win-upgrade-uuid 5d1c3b9e-2f47-4a8e-9b61-7c0e4f2a9d35
      ;;
    dmg | pkg)
      "$bin/jpackage" --type "$type" "${common[@]}" --app-image "$image" ${license[@]+"${license[@]}"} \
        --resource-dir jpackage/macos \
        --mac-package-identifier org.mtasts.wizard --mac-package-name "MTA-STS Wizard"
      ;;
    *) echo "build.sh: unknown type $type (app-image, deb, rpm, msi, exe, dmg, pkg)" >&2; exit 2 ;;
  esac
done
log "done"
ls -l "$out/dist"
