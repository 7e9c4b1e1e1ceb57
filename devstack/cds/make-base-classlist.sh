#!/usr/bin/env bash
# Makes devstack/cds/base.classlist and devstack/cds/libs.classlist again: the JDK classes (and their lambda proxies)
# that the dev stack's eight JVMs load, and the library classes that two or more of the Quarkus applications load
# from the same jar of their lib/main, which ./khet archives once in a base class-data archive under each JVM's own
# (docs/adr/0036, "Stop 34" and "Stop 35").
#
#   ./khet down; KHET_CDS_CLASSLISTS=/tmp/lists ./khet up   (mkdir /tmp/lists first; then use the stack: the tour,
#   the report in every format), ./khet down; devstack/cds/make-base-classlist.sh /tmp/lists/*.classlist
#
# base.classlist keeps the JDK's own default list first (its order), then every other class of the JDK's image that a
# JVM loaded. libs.classlist is made from the JVMs' class-load logs beside their lists (<name>.classload): a class
# Quarkus' loader defined from lib/main/<jar> in two or more applications, Khet's own jars (org.khet.*) left out
# since they change with every build; each application's own classes and the broker's stay in its own archive.
set -euo pipefail
(( $# > 0 )) || { echo "usage: $0 <classlist>..." >&2; exit 2; }
if [[ -n "${JAVA_HOME:-}" ]]; then jdk="$JAVA_HOME"; else jdk="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"; fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/base.classlist"
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

loads=()
for f in "$@"; do [[ -f "${f%.classlist}.classload" ]] && loads+=("${f%.classlist}.classload"); done
if (( ${#loads[@]} > 0 )); then
  # "[…][info][class,load] a.b.C source: file:/…/quarkus-app/lib/main/g.a-1.0.jar": one line per class, jar and log
  for f in "${loads[@]}"; do
    awk '$(NF-1) == "source:" && $NF ~ /\/quarkus-app\/lib\/main\// && $NF !~ /\/lib\/main\/org\.khet\./ {
           jar = $NF; sub(/.*\//, "", jar); print $(NF-2), jar }' "$f" | sort -u
  done | sort | uniq -c | awk '$1 >= 2 { gsub(/\./, "/", $2); print $2 }' | sort -u > "$tmp/libs"
  {
    echo "# The library classes two or more of the dev stack's Quarkus applications load from the same jar, made by"
    echo "# devstack/cds/make-base-classlist.sh: ./khet archives them once for all of them (ADR 0036, stop 35)"
    cat "$tmp/libs"
  } > "$here/libs.classlist"
  echo "$here/libs.classlist: $(wc -l < "$tmp/libs") classes"
fi
