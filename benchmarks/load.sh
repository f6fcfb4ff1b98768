#!/usr/bin/env bash
# Runs a load driver (not JMH, never in the test suite) on the embedded MongoDB server and Kafka
# broker, driven over HTTP.
#
#   benchmarks/load.sh [batchSize] [batches] [singles]
#     The assessment service in this JVM: batch and single-score submission (default 10000 5 4000),
#     e.g. `benchmarks/load.sh 1000 3 800` for a quick look.
#   benchmarks/load.sh --survey [responses[,responses...]] [clients]
#     The survey service and the gateway in JVMs of their own: ingestion through the gateway against
#     raw inserts, and the time from close to results, per campaign size (default 1000000 2),
#     e.g. `benchmarks/load.sh --survey 50000` for a quick look. SURVEY_JVM_OPTIONS adds options to
#     the survey service's JVM (a flight recording, say).
#   benchmarks/load.sh --results-latency [seconds] [rate] [warm-up seconds]
#     The assessment service, the results service and the gateway in JVMs of their own: a score
#     change through the gateway until its result arrives on the SSE stream through the gateway,
#     beside Kafka's own producer-to-consumer latency, at a steady rate (default 60 50 240: the
#     warm-up lets the JIT compilers finish with the path).
#   benchmarks/load.sh --recompute [events] [rounds] [syntheticUnits]
#     The results service's full recomputation of a year against a raw consumer of the same topics
#     (default 1000000 3 1000), e.g. `benchmarks/load.sh --recompute 100000 2` for a quick look.
#
# DRIVER_JVM_OPTIONS adds options to the driver's own JVM (which also hosts the embedded MongoDB
# server and Kafka broker): a flight recording, say.
set -euo pipefail
cd "$(dirname "$0")/.."

driver=org.kaohe.benchmarks.load.LoadDriver
modules=benchmarks
heap=4g
# The survey and recompute drivers compare against a baseline that runs in this JVM too: their
# heap is fixed and touched before the run (below), so that neither side pays the kernel for the
# heap's growth (the in-process MongoDB server's documents grow it by gigabytes over a survey run).
fixed_heap=false
read -r -a options <<<"${DRIVER_JVM_OPTIONS:-}"
if [[ ${1:-} == --recompute ]]; then
  shift
  driver=org.kaohe.benchmarks.results.RecomputeDriver
  fixed_heap=true
elif [[ ${1:-} == --survey ]]; then
  shift
  driver=org.kaohe.benchmarks.survey.SurveyLoadDriver
  # The survey service and the gateway run from their executable jars, as the launcher runs them.
  modules=benchmarks,survey-service,gateway
  # This JVM's in-memory MongoDB server holds a campaign twice over (service and raw baseline),
  # with the service's columns and the unique index on response ids.
  heap=10g
  fixed_heap=true
elif [[ ${1:-} == --results-latency ]]; then
  shift
  driver=org.kaohe.benchmarks.results.ResultsLatencyDriver
  modules=benchmarks,assessment-service,results-service,gateway
fi

# The driver's dependencies are in provided scope (kept out of the JMH jar): take the class path
# from Maven, in the same reactor build, so that it names this tree's freshly built modules.
./mvnw -q -B package dependency:build-classpath -pl "$modules" -am -DskipTests \
  -Dmdep.includeScope=compile -Dmdep.outputFile=target/load-classpath.txt

heap_options=(-Xms1g "-Xmx$heap")
if [[ $fixed_heap == true ]]; then
  heap_options=("-Xms$heap" "-Xmx$heap" -XX:+AlwaysPreTouch)
fi
java "${heap_options[@]}" ${options[@]+"${options[@]}"} -Dlog4j2.statusLoggerLevel=OFF -Daxoniq.update-checker.disabled=true -Ddisable-axoniq-console-message=true \
  -cp "benchmarks/target/classes:$(cat benchmarks/target/load-classpath.txt)" \
  "$driver" "$@"
