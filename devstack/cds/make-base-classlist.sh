#!/usr/bin/env bash
# Makes devstack/cds/base.classlist again: the JDK classes (and their lambda proxies) that the dev stack's eight JVMs
# load, which ./khet archives once in a base class-data archive under each JVM's own (docs/adr/0036, "Stop 34").
#
#   ./khet down; KHET_CDS_CLASSLISTS=/tmp/lists ./khet up   (mkdir /tmp/lists first; then use the stack: the tour,
#   the report in every format), ./khet down; devstack/cds/make-base-classlist.sh /tmp/lists/*.classlist
#
# Keeps the JDK's own default list first (its order), then every other class of the JDK's image that a JVM loaded;
# the classes of the applications and of Kafka are not the JDK's and stay in each JVM's own archive.
set -euo pipefail
(( $# > 0 )) || { echo "usage: $0 <classlist>..." >&2; exit 2; }
if [[ -n "${JAVA_HOME:-}" ]]; then jdk="$JAVA_HOME"; else jdk="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"; fi
out="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/base.classlist"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
"$jdk/bin/jimage" list "$jdk/lib/modules" | awk '/\.class$/ { gsub(/^ +/, ""); sub(/\.class$/, ""); print }' \
  | sort -u > "$tmp/jdk"
grep -hv '^[#@]' "$jdk/lib/classlist" > "$tmp/default"
cat "$@" | grep -v '^[#@]' | awk '{ print $1 }' | sort -u | comm -12 - "$tmp/jdk" | comm -23 - <(sort -u "$tmp/default") \
  > "$tmp/more"
grep -h '^@lambda-proxy' "$@" "$jdk/lib/classlist" | sort -u | awk 'NR == FNR { jdk[$1]; next } ($2 in jdk)' "$tmp/jdk" - \
  > "$tmp/proxies"
grep -h '^@lambda-form-invoker' "$@" "$jdk/lib/classlist" | sort -u > "$tmp/invokers"
{
  echo "# The JDK classes the dev stack's JVMs load ($("$jdk/bin/java" -version 2>&1 | head -n1)), made by"
  echo "# devstack/cds/make-base-classlist.sh: ./khet archives them once for all eight JVMs (ADR 0036, stop 34)"
  cat "$tmp/default" "$tmp/more" "$tmp/proxies" "$tmp/invokers"
} > "$out"
echo "$out: $(grep -cv '^[#@]' "$out") classes, $(grep -c '^@' "$out") lambda lines"
