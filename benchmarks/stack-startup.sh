#!/usr/bin/env bash
# Measures the local stack: time from `./kaohe up` (jars already built) to all services healthy,
# and the resident memory of the launcher (Kafka + MongoDB) plus the four service JVMs once ready.
# Usage: benchmarks/stack-startup.sh [runs]   — uses a fresh data dir per run and free ports.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
./kaohe token admin >/dev/null   # builds the launcher if needed
for run in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  log=$(mktemp)
  start=$(date +%s.%N)
  setsid ./kaohe up --data-dir "$data" --gateway-port 0 --assessment-port 0 --survey-port 0 \
    --results-port 0 --kafka-port 0 --mongo-port 0 >"$log" 2>&1 &
  pid=$!
  until grep -q "Kaohe is ready in" "$log"; do
    if ! kill -0 "$pid" 2>/dev/null; then cat "$log"; exit 1; fi
    sleep 0.2
  done
  ready=$(date +%s.%N)
  sleep 2   # let the JVMs settle before reading memory
  # ./kaohe execs the launcher JVM, so $pid is the launcher and the services are its children.
  rss_kb=$(ps -o rss= --ppid "$pid" | awk '{s+=$1} END {print s}')
  launcher_kb=$(ps -o rss= -p "$pid" | awk '{s+=$1} END {print s}')
  total_mb=$(( (rss_kb + launcher_kb) / 1024 ))
  printf 'run %d: ready in %.1f s (launcher says: %s), RSS total %d MB (launcher %d MB)\n' \
    "$run" "$(awk -v a="$start" -v b="$ready" 'BEGIN {print b - a}')" "$(grep -o 'ready in .*' "$log" | head -1)" \
    "$total_mb" $((launcher_kb / 1024))
  # Background jobs of a script ignore SIGINT, so stop the launcher the way Ctrl-C would via TERM.
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
  rm -rf "$data" "$log"
done
