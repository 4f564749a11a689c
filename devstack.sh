#!/usr/bin/env bash
# Runs the Mwolo platform on this machine: embedded PostgreSQL, Kafka and every built service.
# Needs only a JDK (17 or newer). Data and logs: .devstack/ (delete it to start afresh). Stop with Ctrl-C.
#   ./devstack.sh              build every jar (tests skipped; nothing installed into ~/.m2), then run
#   ./devstack.sh --no-build   run what is already built
set -euo pipefail
cd "$(dirname "$0")"

build=1
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    -h|--help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) args+=("$arg") ;;
  esac
done

if [ "$build" = 1 ]; then
  echo "[devstack] building (./mvnw -B -q -DskipTests package)"
  ./mvnw -B -q -DskipTests package
fi

if [ ! -f devstack/target/devstack.jar ]; then
  echo "[devstack] devstack/target/devstack.jar is missing: run ./devstack.sh without --no-build" >&2
  exit 1
fi

java_cmd=java
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java_cmd="$JAVA_HOME/bin/java"
fi
# exec: Ctrl-C and kill reach the JVM directly, whose shutdown hook stops services, Kafka and PostgreSQL in order.
exec "$java_cmd" -Xmx1g -XX:+UseSerialGC -jar devstack/target/devstack.jar ${args[@]+"${args[@]}"}
