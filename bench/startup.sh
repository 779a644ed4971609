#!/usr/bin/env bash
# Measures how long `java -jar gateway/target/porter.jar --demo` takes from launch to
# /actuator/health UP, on a fresh data folder each run. Usage: bench/startup.sh [runs]
# Build first: ./mvnw -B -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=$PWD/gateway/target/porter.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -B -DskipTests package" >&2; exit 64; }
port=18480; broker=16480
for run in $(seq 1 "$runs"); do
  work=$(mktemp -d)
  start=$(date +%s%N)
  (cd "$work" && exec java -jar "$jar" --demo --server.port=$port --porter.broker.listen=tcp://127.0.0.1:$broker \
      > porter.log 2>&1) &
  pid=$!
  up=""; cpu=""
  for _ in $(seq 1 1200); do
    if curl -sf "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
      up=$(( ($(date +%s%N) - start) / 1000000 ))
      # CPU seconds the JVM spent getting there: steadier than wall time on a shared machine.
      cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$pid/stat")
      break
    fi
    sleep 0.1
  done
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  rm -rf "$work"
  echo "run $run: start to UP ${up:-timeout} ms, ${cpu:-?} s CPU (load average $(cut -d' ' -f1 /proc/loadavg), $(nproc) CPUs)"
done
