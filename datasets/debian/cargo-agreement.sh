#!/usr/bin/env bash
# Measures how far distpolicy's verdict on crate capabilities agrees with cargo's own resolver:
# runs distpolicy on the archive, then `cargo generate-lockfile --offline` for a sample of roots
# (CargoAgreement, a main class among the jobs module's test classes, so CI never runs it).
# Needs cargo; never touches the network. Output: OUT/agreement.tsv, OUT/summary.md and
# OUT/disagreements/ (cargo's full error text for every disagreement).
#
# usage: datasets/debian/cargo-agreement.sh [ARCHIVE] [OUT] [-- CargoAgreement options]
#   ARCHIVE default /work/data/debian/root/usr/share/cargo/registry (a cargo directory source)
#   OUT     default /work/data/agreement
#   options --sample N (1000) --seed S --threads T (2) --timeout SECONDS (120) --cargo PATH
# Environment: RUSTC_VERSION (the distro's rustc given to distpolicy; default: the installed one),
#              REPORTS (distpolicy's reports directory; default OUT/reports).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
home=$(cd "$here/../.." && pwd)
archive=/work/data/debian/root/usr/share/cargo/registry
out=/work/data/agreement
[ $# -gt 0 ] && [ "$1" != "--" ] && { archive=$1; shift; }
[ $# -gt 0 ] && [ "$1" != "--" ] && { out=$1; shift; }
[ "${1:-}" = "--" ] && shift
mkdir -p "$out"
out=$(cd "$out" && pwd)
reports=${REPORTS:-$out/reports}
rustc_version=${RUSTC_VERSION:-$(rustc --version | awk '{print $2}')}

# Debian's Maven prints colour resets even in batch mode.
strip_colour() { sed 's/\x1b\[[0-9;]*m//g'; }

echo "cargo-agreement: building ..." >&2
(cd "$home" && mvn -B -q -DskipTests test-compile 2>&1) | strip_colour >&2
classpath_file="$home/jobs/target/agreement-classpath.txt"
(cd "$home" && mvn -B -q -pl jobs dependency:build-classpath -Dmdep.outputFile="$classpath_file" 2>&1) | strip_colour >&2

echo "cargo-agreement: distpolicy nightly on $archive (rustc $rustc_version) ..." >&2
"$home/distpolicy" nightly --archive "$archive" --reports "$reports" --rustc "$rustc_version" >&2
run="$reports/runs/$(cat "$reports/LATEST")"

cp="$home/jobs/target/test-classes:$home/jobs/target/classes:$home/rules/target/classes:$home/reports/target/classes"
cp="$cp:$(cat "$classpath_file")"
# The options file holds the --add-opens flags the Hadoop/Parquet libraries need on Java 17.
# shellcheck disable=SC2046
"${JAVA:-java}" -Xmx2g $(cat "$home/jobs/target/launcher/jvm.options" 2>/dev/null) -cp "$cp" \
  org.distpolicy.jobs.tools.CargoAgreement --run "$run" --archive "$archive" --out "$out" "$@"
