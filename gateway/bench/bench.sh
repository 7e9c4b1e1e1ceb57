#!/usr/bin/env bash
# Throughput and latency of one read endpoint through the gateway vs directly on the service, same machine, same run.
#
#   gateway/bench/bench.sh                # against a real budget-service (its own PostgreSQL and Kafka on free ports)
#   STUB=1 gateway/bench/bench.sh         # against a tiny stub upstream instead (measures the gateway alone)
#   STACK=1 BENCH_PATH='/v1/areas/5602/budget?fiscalYear=2566' gateway/bench/bench.sh
#                                         # against the running ./khet stack with the demo data (start it with
#                                         # KHET_RATE_LIMIT_RPS=1000000 KHET_RATE_LIMIT_BURST=1000000 ./khet up);
#                                         # SERVICE_PORT picks the service (8083 budget-service by default)
#   LOADS="0.1 0.25 0.5" …                # the fixed-load designs at each of these fractions of the direct throughput
#   PIN=1 STACK=1 …                       # service and PostgreSQL on CPU 0, gateway and load generators on CPU 1
#
# Needs: wrk and hey (apt-get install -y wrk hey), built jars (./mvnw -B -q package -DskipTests -pl gateway,budget-service),
# devstack/target/classes (its launcher.classpath). Uses ports 18080 (gateway), 18083 (service), 15433 (PostgreSQL),
# 19093/19094 (Kafka); every process it starts is stopped at the end. Output: one line per round and a summary.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
WORK=${WORK:-/tmp/khet-bench}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-3}
GW_PORT=18080 SVC_PORT=18083 PG_PORT=15433 KAFKA_PORT=19093 KAFKA_CTRL=19094
PATH_DIRECT=${BENCH_PATH:-/v1/budget-categories}
PIDS=()
PINNED=()
cleanup() { for p in "${PINNED[@]}"; do for q in "$p" $(pgrep -P "$p"); do # PostgreSQL's backends forked meanwhile too
              taskset -a -p -c 0-"$(( $(nproc --all) - 1 ))" "$q" > /dev/null 2>&1 || true; done; done
            for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
rm -rf "$WORK" && mkdir -p "$WORK"
CP=$(cat devstack/target/classes/org/khet/devstack/launcher.classpath):$ROOT/devstack/target/classes

wait_http() { for _ in $(seq 1 240); do curl -fs -o /dev/null "$1" && return 0; sleep 0.5; done; echo "timeout waiting for $1" >&2; exit 1; }

if [[ "${STACK:-0}" == 1 ]]; then
  WHAT="the running ./khet stack with the demo data (service on port ${SERVICE_PORT:-8083}, gateway on 8080)"
  DIRECT_URL=http://127.0.0.1:${SERVICE_PORT:-8083}$PATH_DIRECT
elif [[ "${STUB:-0}" == 1 ]]; then
  WHAT="stub upstream (a JDK HttpServer answering a fixed 1 KB JSON)"
  mkdir -p "$WORK/stub"
  cat > "$WORK/stub/Stub.java" <<'JAVA'
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;
public class Stub {
    public static void main(String[] a) throws Exception {
        byte[] body = ("[" + "{\"code\":\"1\",\"nameTh\":\"งบบุคลากร\"},".repeat(20) + "{}]").getBytes("UTF-8");
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(a[0])), 1024);
        s.setExecutor(Executors.newFixedThreadPool(8));
        s.createContext("/", ex -> { ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length); ex.getResponseBody().write(body); ex.close(); });
        s.start();
    }
}
JAVA
  javac -d "$WORK/stub" "$WORK/stub/Stub.java"
  java -Dsun.net.httpserver.nodelay=true -cp "$WORK/stub" Stub $SVC_PORT & PIDS+=($!)
  DIRECT_URL=http://127.0.0.1:$SVC_PORT$PATH_DIRECT
else
  WHAT="budget-service (java -jar, its own PostgreSQL and Kafka)"
  cp -r budget-service/target/quarkus-app "$WORK/budget-app"
  java -cp "$CP" org.khet.devstack.PostgresServer "$WORK/pg" $PG_PORT budget > "$WORK/pg.log" 2>&1 & PIDS+=($!)
  java -cp "$CP" org.khet.devstack.KafkaBroker "$WORK/kafka" $KAFKA_PORT $KAFKA_CTRL > "$WORK/kafka.log" 2>&1 & PIDS+=($!)
  for _ in $(seq 1 120); do grep -q "PostgreSQL ready" "$WORK/pg.log" && break; sleep 0.5; done
  # the service verifies tokens too (security is on by default), with the same dev key as the gateway
  java -cp devstack/target/classes org.khet.devstack.DevTokens --keys "$WORK/keys" --init
  KHET_DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/budget KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT \
    KHET_SECURITY_KEY_LOCATION="$WORK/keys/dev-public.pem" java -Xmx512m -Dquarkus.http.port=$SVC_PORT -jar "$WORK/budget-app/quarkus-run.jar" > "$WORK/budget.log" 2>&1 & PIDS+=($!)
  DIRECT_URL=http://127.0.0.1:$SVC_PORT$PATH_DIRECT
  wait_http "http://127.0.0.1:$SVC_PORT/q/health/ready"
fi

if [[ "${STACK:-0}" == 1 ]]; then
  TOKEN=$(./khet token --role viewer --org 5602 | tail -1)
  GATEWAY_URL=http://127.0.0.1:8080/api$PATH_DIRECT
else
  cp -r gateway/target/quarkus-app "$WORK/gateway-app"
  java -cp devstack/target/classes org.khet.devstack.DevTokens --keys "$WORK/keys" --init
  TOKEN=$(java -cp devstack/target/classes org.khet.devstack.DevTokens --keys "$WORK/keys" --role viewer --org 5602 --sub bench)
  KHET_BUDGET_URL=http://127.0.0.1:$SVC_PORT KHET_SECURITY_KEY_LOCATION="$WORK/keys/dev-public.pem" \
    KHET_RATE_LIMIT_RPS=1000000 KHET_RATE_LIMIT_BURST=1000000 \
    java -Xmx256m ${GATEWAY_OPTS:-} -Dquarkus.http.port=$GW_PORT -jar "$WORK/gateway-app/quarkus-run.jar" > "$WORK/gateway.log" 2>&1 & PIDS+=($!)
  GATEWAY_URL=http://127.0.0.1:$GW_PORT/api$PATH_DIRECT
  wait_http "http://127.0.0.1:$GW_PORT/q/health"
fi

# PIN=1 (with STACK=1): the service and PostgreSQL on CPU 0, the gateway and this script's load generators on CPU 1,
# so that the gateway takes no CPU from the cores the service runs on (as when it has a host or container of its own);
# every affinity is put back at the end. Without it everything shares every core.
if [[ "${PIN:-0}" == 1 ]]; then
  [[ "${STACK:-0}" == 1 ]] || { echo "PIN=1 needs STACK=1" >&2; exit 2; }
  listener() { ss -Hltnp "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
  SVC_PID=$(listener "${SERVICE_PORT:-8083}") PG_PID=$(listener 5432) GW_PID=$(listener 8080)
  [[ -n "$SVC_PID" && -n "$PG_PID" && -n "$GW_PID" ]] || { echo "PIN=1: service, PostgreSQL or gateway not found" >&2; exit 2; }
  pin() { local cpu=$1; shift; for p in "$@"; do taskset -a -p -c "$cpu" "$p" > /dev/null; PINNED+=("$p"); done; }
  pin 0 "$SVC_PID" "$PG_PID" $(pgrep -P "$PG_PID")
  pin 1 "$GW_PID" $$
  WHAT="$WHAT; pinned: service and PostgreSQL on CPU 0, gateway and load generators on CPU 1"
fi
echo "upstream: $WHAT"
curl -fs -H "Authorization: Bearer $TOKEN" -o /dev/null -w "gateway check: %{http_code}\n" "$GATEWAY_URL"
curl -s -o /dev/null -w "gateway without token: %{http_code}\n" "$GATEWAY_URL"
curl -fs -H "Authorization: Bearer $TOKEN" -o /dev/null -w "direct check: %{http_code}\n" "$DIRECT_URL"

HZ=$(getconf CLK_TCK)
busy() { awk '/^cpu / {print $2+$3+$4+$7+$8+$9}' /proc/stat; } # user nice system irq softirq steal, in ticks
run() { # $1 label, $2 url → "label rps p50 p99 non2xx cpu" (cpu: the whole machine's CPU time per answer, wrk's too)
  local rps p50 p99 non2xx n b0 b1
  b0=$(busy)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "$2" > "$WORK/wrk.out"
  b1=$(busy)
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.out")
  p50=$(awk '$1=="50%" {print $2}' "$WORK/wrk.out")
  p99=$(awk '$1=="99%" {print $2}' "$WORK/wrk.out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$WORK/wrk.out")
  n=$(awk '/requests in/ {print $1}' "$WORK/wrk.out")
  echo "$1 rps=$rps p50=$p50 p99=$p99 non2xx=${non2xx:-0} cpu=$(awk -v t=$((b1 - b0)) -v n="$n" -v hz="$HZ" 'BEGIN { printf "%.3fms", t * 1000 / hz / n }')"
}
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); print v/1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); print v+0 } else if (v ~ /s$/) { sub(/s$/, "", v); print v*1000 } else print v }'; }

# warm both JITs, then alternate rounds so that load from other processes hits both sides alike
# (WARMUP each: the JITs of a JVM sharing two cores with the others keep compiling for a minute or two)
wrk -t1 -c8 -d${WARMUP:-60s} -H "Authorization: Bearer $TOKEN" "$DIRECT_URL" > /dev/null
wrk -t1 -c8 -d${WARMUP:-60s} -H "Authorization: Bearer $TOKEN" "$GATEWAY_URL" > /dev/null
: > "$WORK/results"
# ROUNDS gateway rounds, each between two direct rounds (D G D G … G D): each gateway round is compared with the mean
# of the direct rounds just before and after it, so that a drift of the machine's speed during the run (other
# processes, the JITs, the host) cancels out of that round's ratio instead of landing on one side.
for i in $(seq 1 "$ROUNDS"); do
  run direct "$DIRECT_URL" | tee -a "$WORK/results"
  run gateway "$GATEWAY_URL" | tee -a "$WORK/results"
done
run direct "$DIRECT_URL" | tee -a "$WORK/results"
echo "--- $WHAT, path $PATH_DIRECT, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS gateway rounds between $((ROUNDS + 1)) direct rounds"
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
field() { awk -v side="$1" -v key="$2" '$1==side { for (i = 2; i <= NF; i++) { split($i, a, "="); if (a[1]==key) print a[2] } }' "$WORK/results"; }
D_RPS=$(field direct rps | median)
G_RPS=$(field gateway rps | median)
D_P99=$(for v in $(field direct p99); do to_ms "$v"; done | median)
G_P99=$(for v in $(field gateway p99); do to_ms "$v"; done | median)
D_CPU=$(field direct cpu | sed 's/ms$//' | median)
G_CPU=$(field gateway cpu | sed 's/ms$//' | median)
RATIOS=$(paste -d' ' <(field direct rps) <(field gateway rps; echo) | awk 'NR>1 { printf "%.1f\n", 100 * g / ((prev + $1) / 2) } { prev=$1; g=$2 }')
awk -v d="$D_RPS" -v g="$G_RPS" -v dp="$D_P99" -v gp="$G_P99" -v dc="$D_CPU" -v gc="$G_CPU" \
    -v rm="$(echo "$RATIOS" | median)" -v rs="$(echo "$RATIOS" | sort -n | tr '\n' ' ')" 'BEGIN {
  printf "direct:  %.0f req/s, p99 %.2f ms, %.3f ms of the machine'"'"'s CPU per answer (medians)\n", d, dp, dc
  printf "gateway: %.0f req/s, p99 %.2f ms, %.3f ms of the machine'"'"'s CPU per answer (medians)\n", g, gp, gc
  printf "ratio:   %.1f %% of direct throughput (target >= 85 %%): median of each gateway round against the direct rounds around it; the rounds: %s%%\n", rm, rs
  printf "         %.1f %% from the medians above; %.1f %% from the CPU per answer (what a CPU-bound machine can give)\n", 100*g/d, 100*dc/gc
  printf "p99 added at saturation: %.2f ms (the queue of a saturated machine; see the fixed load below)\n", gp-dp }'

# Latency at a fixed offered load below saturation, so that the p99 compares the hop and not the queue of a saturated
# 2-core machine. RATE (total req/s) defaults to half of the direct throughput measured above; LOADS (e.g. "0.1 0.25
# 0.5") instead runs every design at each of those fractions of it in turn, a curve of the added latency against the
# load (the queue the gateway's CPU adds to on shared cores grows with the load). Every response time is
# kept and percentiles are taken over all rounds of a stream pooled: one round's p99 (the ~90 slowest of ~9,000) moves
# by several ms from round to round on a shared 2-core machine. Two ways of making the load (ARRIVALS, both by default):
#   steps      hey's WORKERS (8) rate-limited workers; they tick together, so requests come in small synchronous bursts
#              (the last of a burst of 8 waits for the 7 before it on two cores);
#   scattered  wrk with arrivals.lua: ARRIVAL_CONNECTIONS (256) connections each waiting an exponentially distributed
#              time before each request, so that requests come at random moments (close to a Poisson stream, as from
#              many independent users). wrk's histogram keeps every response time to the microsecond.
# Four designs (DESIGNS, all by default), each FIXED_ROUNDS rounds (default ROUNDS) of DURATION:
#   alternating  direct and gateway rounds one after the other (direct first in odd rounds, gateway first in even
#                ones), each at RATE: what a client sees when the gateway also takes its CPU from the cores the service
#                and PostgreSQL run on (the whole cost on this machine);
#   paired       a direct and a gateway stream at the same time, RATE/2 each: both see the same seconds of the machine
#                (GC, JIT, PostgreSQL, the other services), so their difference is the hop itself;
#   control      two direct streams at the same time, RATE/2 each (an A/A test): what "added" reads when nothing is
#                added — the noise of the paired design, to judge its figure by;
#   alternating-control  direct rounds in turn with direct rounds, each at RATE (the A/A test of the alternating
#                design: rounds at different times meet a machine of a different speed).
if [[ "${FIXED:-1}" == 1 ]]; then
  if [[ -n "${RATE:-}" ]]; then RATES=$RATE
  else RATES=$(for f in ${LOADS:-0.5}; do awk -v d="$D_RPS" -v f="$f" 'BEGIN { printf "%d\n", d * f }'; done); fi
  WORKERS=${WORKERS:-8}
  ARRIVAL_CONNECTIONS=${ARRIVAL_CONNECTIONS:-256}
  ARRIVALS=${ARRIVALS:-scattered steps}
  SECONDS_PER_ROUND=$(to_ms "$DURATION" | awk '{print $1/1000}')
  pct() { # $1 percentile, stdin: response times in s, sorted → ms
    awk -v p="$1" '{a[NR]=$1} END { i=int(NR*p/100); if (i<1) i=1; if (i>NR) i=NR; printf "%.2f", a[i]*1000 }'; }
  load() { # $1 stream name, $2 url, $3 round, $4 req/s → the stream's sorted 2xx times (s) in $WORK/fixed-$1-$3 and
           # "answers non2xx" in $WORK/count-$1
    case $arrivals in
      steps)
        command -v hey >/dev/null || { echo "ARRIVALS=steps needs hey (apt-get install -y hey)" >&2; exit 2; }
        hey -z "$DURATION" -c "$WORKERS" -q "$(awk -v r="$4" -v w="$WORKERS" 'BEGIN { printf "%.2f", r / w }')" -o csv \
          -H "Authorization: Bearer $TOKEN" "$2" > "$WORK/hey-$1.csv"
        awk -F, 'NR>1 && $7 ~ /^2/ {print $1}' "$WORK/hey-$1.csv" | sort -n > "$WORK/fixed-$1-$3"
        awk -F, 'NR>1 { n++; if ($7 !~ /^2/) bad++ } END { print n+0, bad+0 }' "$WORK/hey-$1.csv" > "$WORK/count-$1" ;;
      scattered)
        # each connection's mean wait: connections ÷ rate (the response time, a few ms against ~1 s, is left in)
        ARRIVALS_HISTOGRAM="$WORK/hist-$1" wrk -t"$THREADS" -c"$ARRIVAL_CONNECTIONS" -d"$DURATION" --timeout 10s \
          -s gateway/bench/arrivals.lua -H "Authorization: Bearer $TOKEN" "$2" \
          -- "$(awk -v c="$ARRIVAL_CONNECTIONS" -v r="$4" 'BEGIN { printf "%.1f", 1000 * c / r }')" > "$WORK/wrk-$1.out"
        # wrk's histogram holds every answer, non-2xx ones too: the round's line counts them (non2xx=), to be 0
        awk '{ for (i = 0; i < $2; i++) printf "%.6f\n", $1 / 1e6 }' "$WORK/hist-$1" | sort -n > "$WORK/fixed-$1-$3"
        awk '/requests in/ {n=$1} /Non-2xx/ {bad=$NF} END {print n+0, bad+0}' "$WORK/wrk-$1.out" > "$WORK/count-$1" ;;
      *) echo "unknown ARRIVALS $arrivals (steps or scattered)" >&2; exit 2 ;;
    esac
  }
  line() { # $1 stream name, $2 round → "name rps p50 p99 non2xx"
    local n bad
    read -r n bad < "$WORK/count-$1"
    echo "$1 rps=$(awk -v n="$n" -v s="$SECONDS_PER_ROUND" 'BEGIN {printf "%.0f", n/s}') p50=$(pct 50 < "$WORK/fixed-$1-$2")ms p99=$(pct 99 < "$WORK/fixed-$1-$2")ms non2xx=$bad"
  }
  summary() { # $1 design, $2 stream A, $3 stream B, $4 what was offered, $5 what the difference is judged by
    local a b
    for s in "$2" "$3"; do sort -n -m "$WORK"/fixed-"$s"-[0-9]* > "$WORK/fixed-$s-all"; done
    a="$WORK/fixed-$2-all"; b="$WORK/fixed-$3-all"
    echo "--- $1: $4, ${FIXED_ROUNDS:-$ROUNDS} rounds of $DURATION, all rounds' answers pooled"
    awk -v an="$2" -v bn="$3" -v judge="$5" -v na="$(wc -l < "$a")" -v nb="$(wc -l < "$b")" \
        -v a50="$(pct 50 < "$a")" -v b50="$(pct 50 < "$b")" -v a99="$(pct 99 < "$a")" -v b99="$(pct 99 < "$b")" 'BEGIN {
      printf "%-26s %d answers, p50 %.2f ms, p99 %.2f ms\n%-26s %d answers, p50 %.2f ms, p99 %.2f ms\n%-26s p50 %+.2f ms, p99 %+.2f ms (%s)\n",
        an ":", na, a50, a99, bn ":", nb, b50, b99, "added:", b50-a50, b99-a99, judge }'
  }
  DESIGNS=${DESIGNS:-alternating alternating-control paired control}
  how() { case $arrivals in steps) echo "$WORKERS hey workers a stream, ticking together" ;;
                             scattered) echo "$ARRIVAL_CONNECTIONS wrk connections a stream, scattered arrivals" ;; esac; }
  in_turn() { # round $1: stream $2 on url $3 and stream $4 on url $5 one after the other, each at RATE; odd rounds
              # $2 first, even rounds $4 first (A B, B A, ...), so that a machine speeding up or slowing down during the
              # run lands on both sides alike instead of always on the second
    (( $1 % 2 == 1 )) || set -- "$1" "$4" "$5" "$2" "$3"
    load "$2" "$3" "$1" "$RATE"; line "$2" "$1"
    load "$4" "$5" "$1" "$RATE"; line "$4" "$1"
  }
  together() { # round $1: stream $2 on url $3 and stream $4 on url $5 at the same time, RATE/2 each
    local a b
    load "$2" "$3" "$1" $((RATE / 2)) & a=$!
    load "$4" "$5" "$1" $((RATE / 2)) & b=$!; wait "$a" "$b"
    line "$2" "$1"; line "$4" "$1"
  }
  for RATE in $RATES; do
    rm -f "$WORK"/fixed-*
    echo "=== fixed load $RATE req/s ($(awk -v r="$RATE" -v d="$D_RPS" 'BEGIN { printf "%.0f", 100 * r / d }') % of the direct throughput)"
    for arrivals in $ARRIVALS; do
      for design in $DESIGNS; do
        echo "--- fixed load, $arrivals arrivals, $design"
        for i in $(seq 1 "${FIXED_ROUNDS:-$ROUNDS}"); do
          case $design in
            alternating) in_turn "$i" "$arrivals-direct" "$DIRECT_URL" "$arrivals-gateway" "$GATEWAY_URL" ;;
            paired) together "$i" "$arrivals-paired-direct" "$DIRECT_URL" "$arrivals-paired-gateway" "$GATEWAY_URL" ;;
            alternating-control) in_turn "$i" "$arrivals-alternating-a" "$DIRECT_URL" "$arrivals-alternating-b" "$DIRECT_URL" ;;
            control) together "$i" "$arrivals-control-a" "$DIRECT_URL" "$arrivals-control-b" "$DIRECT_URL" ;;
            *) echo "unknown design $design" >&2; exit 2 ;;
          esac
        done
      done
    done
    for arrivals in $ARRIVALS; do
      for design in $DESIGNS; do
        case $design in
          alternating) summary "$arrivals arrivals, alternating" "$arrivals-direct" "$arrivals-gateway" \
                         "$RATE req/s offered to each side in turn ($(how))" "target <= 2 ms" ;;
          alternating-control) summary "$arrivals arrivals, alternating control (A/A: both sides direct)" \
                                 "$arrivals-alternating-a" "$arrivals-alternating-b" "$RATE req/s offered to each side in turn" \
                                 "nothing is added: this is the noise of alternating" ;;
          paired) summary "$arrivals arrivals, paired" "$arrivals-paired-direct" "$arrivals-paired-gateway" \
                    "$((RATE / 2)) req/s to each of two simultaneous streams ($(how))" "target <= 2 ms" ;;
          control) summary "$arrivals arrivals, control (A/A: both streams direct)" "$arrivals-control-a" "$arrivals-control-b" \
                     "$((RATE / 2)) req/s to each of two simultaneous direct streams" "nothing is added: this is the noise of paired" ;;
        esac
      done
    done
  done
fi
