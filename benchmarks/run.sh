#!/usr/bin/env bash
# Runs the event-store benchmarks (JMH) and prints their ratios against Axon's MongoDB extension
# and the raw driver.
# Extra arguments go to JMH, e.g. `benchmarks/run.sh AppendBenchmark` or `benchmarks/run.sh -h`.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=benchmarks/target/benchmarks.jar
results=benchmarks/target/results.json

# Rebuilt when it or the engine it measures changed since the jar was made.
sources=(benchmarks/src benchmarks/pom.xml platform/event-store-mongo/src tools/embedded-infra/src)
if [[ ! -f $jar ]] || [[ -n $(find "${sources[@]}" -newer "$jar" -print -quit) ]]; then
  ./mvnw -q -B package -pl benchmarks -am -DskipTests
fi

java -jar "$jar" -rf json -rff "$results" "$@"
echo
java -cp "$jar" org.kaohe.benchmarks.ResultsTable "$results"
