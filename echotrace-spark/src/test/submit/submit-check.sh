#!/usr/bin/env bash
# Checks the job jar as a cluster runs it: builds echotrace-spark-job.jar (-Pjob-jar), then starts Spark's own
# SparkSubmit with only Spark 4.0.1's jars on the class path (what a Spark distribution's jars/ folder holds: the
# dependencies of spark-core, spark-sql and spark-mllib) and compares the job's JSON with `echotrace analyze`'s.
# Not in CI (shading takes about a minute). Usage: echotrace-spark/src/test/submit/submit-check.sh [CORPUS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
corpus="$(cd "${1:-$root/examples/corpus}" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$root" && ./mvnw -q -B -DskipTests -Pjob-jar package -pl echotrace-spark -am)
cat > "$work/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>check</groupId><artifactId>spark-distribution</artifactId><version>1</version>
<dependencies>
<dependency><groupId>org.apache.spark</groupId><artifactId>spark-core_2.13</artifactId><version>4.0.1</version></dependency>
<dependency><groupId>org.apache.spark</groupId><artifactId>spark-sql_2.13</artifactId><version>4.0.1</version></dependency>
<dependency><groupId>org.apache.spark</groupId><artifactId>spark-mllib_2.13</artifactId><version>4.0.1</version></dependency>
</dependencies></project>
POM
(cd "$work" && "$root/mvnw" -q -B dependency:build-classpath -Dmdep.outputFile="$work/spark.cp")
SPARK_LOCAL_IP=127.0.0.1 java -Xmx4g -cp "$(cat "$work/spark.cp")" org.apache.spark.deploy.SparkSubmit \
  --class org.echotrace.spark.EchotraceSpark --master 'local[2]' --conf spark.driver.host=127.0.0.1 \
  "$root/echotrace-spark/target/echotrace-spark-job.jar" analyze --no-progress --out "$work/submitted.json" "$corpus"
"$root/bin/echotrace" analyze --no-progress --format json "$corpus" > "$work/one-machine.json"
cmp "$work/submitted.json" "$work/one-machine.json"
echo "submit-check: spark-submit with the job jar gives the one-machine result on $corpus"
