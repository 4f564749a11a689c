#!/usr/bin/env bash
# apache/kafka's contract: every KAFKA_<NAME> variable is the broker setting <name> (upper case to lower, "___" to
# "-", "__" to "_", "_" to "."), except the JVM's KAFKA_*_OPTS; the log directory is formatted with CLUSTER_ID on
# first start. Then the broker runs in the foreground.
set -Eeuo pipefail

config=/etc/kafka/server.properties
: > "$config"
while IFS='=' read -r name value; do
  case "$name" in
    KAFKA_HEAP_OPTS | KAFKA_OPTS | KAFKA_JVM_PERFORMANCE_OPTS | KAFKA_GC_LOG_OPTS | KAFKA_JMX_OPTS | KAFKA_LOG4J_OPTS) ;;
    KAFKA_*)
      key="${name#KAFKA_}"
      key="$(printf '%s' "$key" | tr '[:upper:]' '[:lower:]' | sed -e 's/___/-/g' -e 's/__/@/g' -e 's/_/./g' -e 's/@/_/g')"
      printf '%s=%s\n' "$key" "${!name}" >> "$config"
      ;;
  esac
done < <(env | grep -E '^KAFKA_[A-Z0-9_]+=' | cut -d= -f1 | sed 's/$/=/')

java @/app/classpath.args kafka.tools.StorageTool format --config "$config" \
  --cluster-id "${CLUSTER_ID:-5L6g3nShT-eMCtK--X86sw}" --ignore-formatted
exec java ${KAFKA_HEAP_OPTS:--Xmx512m} ${KAFKA_OPTS:-} @/app/classpath.args kafka.Kafka "$config"
