#!/usr/bin/env bash
# Makes a "thinned" copy of a cargo directory source: every crate but COUNT drawn at random with
# a fixed seed, hard-linked (not symlinked: distpolicy never follows links) so it costs no space.
# Debian keeps its archive installable, so cargo and distpolicy agree on it trivially; removing a
# few crates creates real breakage (missing crates, transitive, foreign-target, weak, dev-only)
# on which cargo-agreement.sh can compare the two verdicts.
#
# usage: datasets/debian/thin-archive.sh SOURCE_DIR DEST_DIR [COUNT] [SEED]   (COUNT 40, SEED 1)
# DEST_DIR/removed.txt lists the removed crate directories.
set -euo pipefail
src=$(cd "$1" && pwd)
dest=$2
count=${3:-40}
seed=${4:-1}
[ -e "$dest" ] && { echo "$dest exists" >&2; exit 2; }
mkdir -p "$dest/registry"
# A fixed-seed pseudo-random byte stream (the GNU coreutils recipe) makes shuf's draw reproducible.
seeded_bytes() { openssl enc -aes-256-ctr -pass pass:"$seed" -nosalt -pbkdf2 </dev/zero 2>/dev/null; }
ls "$src" | sort | shuf -n "$count" --random-source=<(seeded_bytes) | sort >"$dest/removed.txt"
ls "$src" | sort | comm -23 - "$dest/removed.txt" | while read -r crate; do
  cp -al "$src/$crate" "$dest/registry/$crate"
done
echo "$(ls "$dest/registry" | wc -l) crates in $dest/registry; removed: $(tr '\n' ' ' <"$dest/removed.txt")" >&2
