#!/usr/bin/env bash
# Fetches Debian's Rust crate (librust-*-dev) and Go source (golang-*-dev) packages with
# apt-get download and unpacks them into one archive root that distpolicy reads:
#   <out>/root/usr/share/cargo/registry/<crate>-<version>/   unpacked crates
#   <out>/root/usr/share/gocode/src/<import path>/           Go source trees
#   <out>/control/<package>.control                          Debian control fields (Maintainer, Uploaders)
# Idempotent and resumable: packages already downloaded or unpacked are skipped.
# Not run by CI: it downloads a few GiB of third-party code, which is never committed.
#
# usage: datasets/debian/fetch.sh [OUT_DIR]   (default: datasets/debian/archive)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/archive}
mkdir -p "$out/debs" "$out/root" "$out/control"
out=$(cd "$out" && pwd)

if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages*' -print -quit 2>/dev/null)" ]; then
  echo "apt lists are empty: run 'apt-get update' first" >&2
  exit 2
fi

apt-cache pkgnames librust- | grep -E '^librust-.*-dev$' | grep -v '+' >"$out/packages.txt" || true
apt-cache pkgnames golang- | grep -E '^golang-.*-dev$' >>"$out/packages.txt" || true
sort -u -o "$out/packages.txt" "$out/packages.txt"
echo "$(wc -l <"$out/packages.txt") packages listed" >&2

cd "$out/debs"
missing=()
while read -r pkg; do
  compgen -G "${pkg}_*.deb" >/dev/null || missing+=("$pkg")
done <"$out/packages.txt"
echo "${#missing[@]} to download" >&2
# Batches keep one unavailable package from failing the rest; a failed batch is retried one by one.
for ((i = 0; i < ${#missing[@]}; i += 100)); do
  batch=("${missing[@]:i:100}")
  apt-get download "${batch[@]}" >/dev/null 2>&1 || for pkg in "${batch[@]}"; do
    apt-get download "$pkg" >/dev/null 2>&1 || echo "skipped $pkg (not downloadable)" >&2
  done
done

stage="$out/stage"
for deb in "$out"/debs/*.deb; do
  pkg=$(basename "$deb" | cut -d_ -f1)
  [ -f "$out/control/$pkg.control" ] && continue
  rm -rf "$stage" && mkdir -p "$stage"
  if ! dpkg-deb -x "$deb" "$stage"; then
    echo "removed $deb (broken download; run again to fetch it anew)" >&2
    rm -f "$deb"
    continue
  fi
  # Only the source trees form the archive; Debian's docs and binaries would be noise to a scan.
  for tree in usr/share/cargo/registry usr/share/gocode/src; do
    if [ -d "$stage/$tree" ]; then
      mkdir -p "$out/root/$tree"
      # Packages that Conflict in Debian can ship a symlink where another ships a directory: keep the first.
      cp -a "$stage/$tree/." "$out/root/$tree/" 2>/dev/null || echo "$pkg: some paths clash with an earlier package; kept the earlier" >&2
    fi
  done
  dpkg-deb -f "$deb" >"$out/control/$pkg.control.tmp"
  mv "$out/control/$pkg.control.tmp" "$out/control/$pkg.control"
done
rm -rf "$stage"
echo "archive root: $out/root ($(ls "$out/control" | wc -l) packages unpacked)" >&2
