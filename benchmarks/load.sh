#!/usr/bin/env bash
# Runs the assessment collection load driver (not JMH, never in the test suite): the assessment
# service in this JVM on the embedded MongoDB server and Kafka broker, driven over HTTP.
# Optional arguments: batch size, measured batches, measured single-score requests
# (default 10000 5 4000), e.g. `benchmarks/load.sh 1000 3 800` for a quick look.
set -euo pipefail
cd "$(dirname "$0")/.."

# The driver's dependencies are in provided scope (kept out of the JMH jar): take the class path
# from Maven, in the same reactor build, so that it names this tree's freshly built modules.
./mvnw -q -B package dependency:build-classpath -pl benchmarks -am -DskipTests \
  -Dmdep.includeScope=compile -Dmdep.outputFile=target/load-classpath.txt

java -Xms1g -Xmx4g -Dlog4j2.statusLoggerLevel=OFF -Daxoniq.update-checker.disabled=true -Ddisable-axoniq-console-message=true \
  -cp "benchmarks/target/classes:$(cat benchmarks/target/load-classpath.txt)" \
  org.kaohe.benchmarks.load.LoadDriver "$@"
