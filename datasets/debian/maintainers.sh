#!/usr/bin/env bash
# Writes the maintainers file a policy's `[maintainers] file` reads, from the Debian packages
# fetch.sh downloaded: one row per crate or Go tree, with the Maintainer of the .deb that ships it
# (for Debian's Rust and Go packages, the packaging team's list).
#   crates:   usr/share/cargo/registry/<crate>-<version>/  -> the crate name
#   Go trees: usr/share/gocode/src/<import path>/...       -> the deepest directory holding all of
#             the package's files (its repository root, the tree's module path)
# Not run by CI.
#
# usage: datasets/debian/maintainers.sh [FETCH_DIR] > maintainers.csv   (default: datasets/debian/archive)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/archive}
[ -d "$out/debs" ] || { echo "no $out/debs: run fetch.sh first" >&2; exit 2; }

echo "# written by datasets/debian/maintainers.sh from $(ls "$out"/debs/*.deb | wc -l) Debian packages"
echo "package,email,name"
for deb in "$out"/debs/*.deb; do
  maintainer=$(dpkg-deb -f "$deb" Maintainer)
  email=$(sed -n 's/.*<\([^>]*\)>.*/\1/p' <<<"$maintainer")
  name=$(sed -n 's/^ *\(.*[^ ]\) *<.*/\1/p' <<<"$maintainer")
  [ -n "$email" ] || { echo "$(basename "$deb"): no address in Maintainer '$maintainer'" >&2; continue; }
  dpkg-deb -c "$deb" | awk -v email="$email" -v name="$name" '
    function row(package) {
      gsub(/"/, "\"\"", name)
      printf "%s,%s,\"%s\"\n", package, email, name
    }
    {
      path = $NF
      sub(/^\.\//, "", path)
    }
    path ~ /^usr\/share\/cargo\/registry\/[^\/]+\/$/ {
      dir = path
      sub(/^usr\/share\/cargo\/registry\//, "", dir)
      sub(/\/$/, "", dir)
      if (match(dir, /-[0-9]+\.[0-9]+\.[0-9]+/)) {
        crates[substr(dir, 1, RSTART - 1)] = 1
      }
    }
    path ~ /^usr\/share\/gocode\/src\/.*[^\/]$/ && substr($1, 1, 1) == "-" {
      dir = path
      sub(/^usr\/share\/gocode\/src\//, "", dir)
      sub(/\/[^\/]*$/, "", dir)
      if (common == "") {
        common = dir
      } else {
        while (dir != common && index(dir "/", common "/") != 1) {
          if (common !~ /\//) { common = "-"; break }
          sub(/\/[^\/]*$/, "", common)
        }
      }
    }
    END {
      for (crate in crates) row(crate)
      if (common != "" && common != "-") row(common)
    }'
done
