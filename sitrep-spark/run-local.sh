#!/usr/bin/env bash
# Runs the Spark job in local mode (local[*]) without a Spark installation, from the built module:
#   (cd .. && mvn -q -DskipTests package) && sitrep-spark/run-local.sh --output OUT INPUT...
# SITREP_SPARK_JAVA_OPTS overrides the JVM options (default: 6 GiB of heap for CoreNLP and Spark).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/sitrep-spark.jar"
cp_file="$here/target/local-classpath.txt"
if [ ! -f "$jar" ] || [ ! -f "$cp_file" ]; then
  echo "run-local: build first: (cd '$here/..' && mvn -q -DskipTests package)" >&2
  exit 1
fi
opens="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
 --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
 --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
 --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
 --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
 --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
 --add-opens=java.base/sun.util.calendar=ALL-UNNAMED"
# shellcheck disable=SC2086
exec java ${SITREP_SPARK_JAVA_OPTS:--Xmx6g -Xss4m} $opens -cp "$jar:$(cat "$cp_file")" org.sitrep.spark.SitrepSparkJob "$@"
