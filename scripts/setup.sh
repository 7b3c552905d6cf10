#!/usr/bin/env bash
# Installs everything Painlink needs to build and test, and nothing that is already there.
# Idempotent: a second run on a ready machine only checks. Called by every Makefile target.
#
# Sources (nothing third-party is committed to the repository):
#   Debian packages  emscripten, nlohmann-json3-dev, doctest-dev, chromium, fonts-inter,
#                    python3-fonttools (font subsetting), brotli (size figures),
#                    node-terser (minifies Emscripten's JavaScript)
#   Debian source    imgui 1.90.1 (trixie) - no binary package ships imgui.cpp for wasm
#                    libcsv 3.0.3 (trixie) - csv.c compiled into the core, native and wasm
#   npm registry     workbox-build for the web build (pinned in scripts/package-lock.json),
#                    playwright-core and ical.js for the browser tests (pinned in tests/browser/package-lock.json)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEPS="$ROOT/build/deps"
IMGUI_VERSION="1.90.1"
IMGUI_DEB_VERSION="1.90.1+ds-1"
LIBCSV_VERSION="3.0.3"
LIBCSV_DEB_VERSION="3.0.3+dfsg-6"
mkdir -p "$DEPS"

log() { printf 'setup: %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# ---- Debian binary packages ------------------------------------------------------------------
APT_PACKAGES=(emscripten nlohmann-json3-dev doctest-dev chromium fonts-inter python3-fonttools
              brotli node-terser cmake g++ clang libclang-rt-14-dev make nodejs xz-utils)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  # nodejs may come from elsewhere than Debian: a working `node` is enough.
  if [ "$p" = nodejs ] && command -v node >/dev/null; then continue; fi
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# ---- Debian source packages (Dear ImGui, libcsv) ------------------------------------------------
# A private apt configuration (own source list and state) so the machine's sources stay untouched.
APTDIR="$DEPS/apt-src"
APT_OPTS=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$APTDIR/sources.list.d"
          -o "Dir::State::Lists=$APTDIR/lists" -o "Dir::Cache=$APTDIR/cache"
          -o "APT::Get::List-Cleanup=0" -o "Debug::NoLocking=1")
apt_src_ready=0
apt_src_setup() {
  [ "$apt_src_ready" = 1 ] && return
  mkdir -p "$APTDIR/lists/partial" "$APTDIR/dl" "$APTDIR/sources.list.d" "$APTDIR/cache/archives/partial"
  SYS_SOURCES=/etc/apt/sources.list.d/debian.sources
  if [ -f "$SYS_SOURCES" ]; then
    # Keep the machine's own mirror and keyring; only the type and suite change.
    awk 'BEGIN{RS="";ORS="\n\n"} /debian-security/ {next} {print}' "$SYS_SOURCES" \
      | sed -e 's/^Types:.*/Types: deb-src/' -e 's/^Suites:.*/Suites: trixie/' \
      > "$APTDIR/sources.list.d/src.sources"
  else
    # Old-style sources.list: turn the first main Debian line into a deb-src trixie line.
    grep -E '^deb ' /etc/apt/sources.list | grep -v security | head -1 \
      | sed -E 's/^deb /deb-src /; s/^(deb-src (\[[^]]*\] )?[^ ]+) [^ ]+/\1 trixie/' \
      > "$APTDIR/sources.list.d/src.list"
  fi
  apt-get "${APT_OPTS[@]}" update -qq >&2
  apt_src_ready=1
}

# Unpacks source package $1 at Debian version $2 into $3 (its upstream tarball, top folder
# stripped). Callers skip it when $3 already holds the file they need.
fetch_source_package() {
  local name="$1" version="$2" dir="$3" tarball
  log "fetching $name $version source package"
  apt_src_setup
  (cd "$APTDIR/dl" && apt-get "${APT_OPTS[@]}" source --download-only "$name=$version" >&2)
  tarball="$(ls "$APTDIR"/dl/"${name}"_*.orig.tar.* | head -1)"
  rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
  tar -xf "$tarball" -C "$dir.tmp" --strip-components=1
  rm -rf "$dir" && mv "$dir.tmp" "$dir"
}

# Dear ImGui: no binary package ships imgui.cpp for wasm.
IMGUI_DIR="$DEPS/imgui-$IMGUI_VERSION"
[ -f "$IMGUI_DIR/imgui.cpp" ] || fetch_source_package imgui "$IMGUI_DEB_VERSION" "$IMGUI_DIR"
# libcsv (Robert Gamble's RFC 4180 parser, one C file): CSV import compiles csv.c into the core for
# the native and the wasm build alike (cmake/libcsv.cmake), so the binary package would not do.
LIBCSV_DIR="$DEPS/libcsv-$LIBCSV_VERSION"
[ -f "$LIBCSV_DIR/libcsv.c" ] || fetch_source_package libcsv "$LIBCSV_DEB_VERSION" "$LIBCSV_DIR"

# ---- npm packages: the web build's (scripts/) and the browser tests' (tests/browser/) -----------
# Each folder has its own package.json and lock, so `make web` does not need the test packages.
npm_ci() {  # folder, a package it must hold
  local dir="$ROOT/$1"
  if [ ! -d "$dir/node_modules/$2" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    log "installing npm packages in $1"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >&2)
  fi
}
npm_ci scripts workbox-build
npm_ci tests/browser playwright-core

log "ready"
