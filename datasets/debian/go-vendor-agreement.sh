#!/usr/bin/env bash
# Measures how far distpolicy's go/inconsistent-vendoring verdict agrees with the go command's own
# vendor checks (go list -mod=vendor -m): on every module tree of the archive that ships vendor/,
# and on vendor trees built for a sample of its modules, as go mod vendor writes them and broken
# in the usual ways (GoVendorAgreement, a main class among the jobs module's test classes, so CI
# never runs it). Needs go (Debian's golang-go); never touches the network; the archive is only read.
# Output: OUT/agreement.tsv and OUT/summary.md.
#
# usage: datasets/debian/go-vendor-agreement.sh [SRC] [OUT] [-- GoVendorAgreement options]
#   SRC     default /work/data/debian/root/usr/share/gocode/src (a GOPATH src directory)
#   OUT     default /work/data/go-vendor-agreement
#   options --sample N (120 modules) --seed S --threads T (2) --timeout SECONDS (60) --go PATH
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
home=$(cd "$here/../.." && pwd)
src=/work/data/debian/root/usr/share/gocode/src
out=/work/data/go-vendor-agreement
[ $# -gt 0 ] && [ "$1" != "--" ] && { src=$1; shift; }
[ $# -gt 0 ] && [ "$1" != "--" ] && { out=$1; shift; }
[ "${1:-}" = "--" ] && shift
mkdir -p "$out"

# Debian's Maven prints colour resets even in batch mode.
strip_colour() { sed 's/\x1b\[[0-9;]*m//g'; }

echo "go-vendor-agreement: building ..." >&2
(cd "$home" && mvn -B -o -q -DskipTests test-compile 2>&1) | strip_colour >&2

cp="$home/jobs/target/test-classes:$home/rules/target/classes"
"${JAVA:-java}" -Xmx1g -cp "$cp" org.distpolicy.jobs.tools.GoVendorAgreement --src "$src" --out "$out" "$@"
