#!/usr/bin/env bash
# Runs the event-store benchmarks (JMH) and prints their ratios against Axon's MongoDB extension
# and the raw driver.
# Extra arguments go to JMH, e.g. `benchmarks/run.sh AppendBenchmark` or `benchmarks/run.sh -h`.
#
#   benchmarks/run.sh --results [JMH arguments]
#     The results service's cost of one change (ChangeCostBenchmark unless a benchmark is named),
#     on the embedded MongoDB server and Kafka broker, e.g.
#     `benchmarks/run.sh --results -p syntheticUnits=100 -prof gc`.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ${1:-} == --results ]]; then
  shift
  # The results service and the Kafka broker stay out of the JMH jar (provided scope): JMH runs
  # from Maven's class path of this tree's freshly built modules, and its forks inherit it.
  ./mvnw -q -B package dependency:build-classpath -pl benchmarks -am -DskipTests \
    -Dmdep.includeScope=compile -Dmdep.outputFile=target/load-classpath.txt
  if [[ $# -eq 0 || $1 == -* ]]; then
    set -- ChangeCostBenchmark "$@"
  fi
  java -cp "benchmarks/target/classes:$(cat benchmarks/target/load-classpath.txt)" \
    org.openjdk.jmh.Main -rf json -rff benchmarks/target/results-service.json "$@"
  exit
fi

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
