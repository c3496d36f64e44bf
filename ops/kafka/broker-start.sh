#!/usr/bin/env bash
# Starts one secured newsflow broker from the apache/kafka image (docker-compose.yml), doing the two things the image
# cannot do from environment variables alone, then hands over to the image's own start:
#
# 1. The JAAS logins. The image takes them only from a JAAS file named in KAFKA_OPTS, and drops any environment value
#    that contains '=', as a sasl.jaas.config does. This writes the file from the passwords in the environment,
#    readable by the broker's user only: on the BROKER listener (SCRAM-SHA-512) the broker logs in to the other
#    brokers as the super user admin; on the CONTROLLER listener (PLAIN, as KRaft controllers cannot read SCRAM
#    credentials from the metadata they serve) the one user is the super user controller.
# 2. The first credential. SCRAM credentials live in the cluster metadata, so admin's must be there before any broker
#    logs in to another: on the first start this formats the storage with it (kafka-storage format --add-scram) and
#    the same settings the image renders from the KAFKA_* variables; the image's own format step then finds the
#    storage formatted. Every other user is created by kafka-setup, as admin.
#
# The same settings secure the broker newsflow's tests run against (launcher's SecuredKafka), and
# ComposeConsistencyTests checks that they agree. Passwords: hex only (openssl rand -hex 32), as they are written
# into JAAS and --add-scram syntax as they are.
set -euo pipefail

: "${NEWSFLOW_KAFKA_ADMIN_PASSWORD:?is not set}" "${NEWSFLOW_KAFKA_CONTROLLER_PASSWORD:?is not set}"
: "${CLUSTER_ID:?is not set}" "${KAFKA_LOG_DIRS:?is not set}"
umask 077

jaas=/tmp/newsflow-kafka-jaas.conf
cat > "$jaas" <<EOF
broker.KafkaServer {
  org.apache.kafka.common.security.scram.ScramLoginModule required
  username="admin" password="${NEWSFLOW_KAFKA_ADMIN_PASSWORD}";
};
controller.KafkaServer {
  org.apache.kafka.common.security.plain.PlainLoginModule required
  username="controller" password="${NEWSFLOW_KAFKA_CONTROLLER_PASSWORD}"
  user_controller="${NEWSFLOW_KAFKA_CONTROLLER_PASSWORD}";
};
EOF
export KAFKA_OPTS="-Djava.security.auth.login.config=$jaas ${KAFKA_OPTS:-}"

# The healthcheck's admin client, as admin.
cat > /tmp/newsflow-admin.properties <<EOF
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${NEWSFLOW_KAFKA_ADMIN_PASSWORD}";
EOF

if [[ ! -f "$KAFKA_LOG_DIRS/meta.properties" ]]; then
  config=$(mktemp)
  # KAFKA_FOO_BAR=value is foo.bar=value, as the image renders it: ___ is -, __ is _, and the image's own
  # exclusions are not settings.
  while IFS= read -r variable; do
    name=${variable%%=*}
    case "$name" in
      KAFKA_VERSION|KAFKA_HEAP_OPTS|KAFKA_OPTS|KAFKA_JMX_OPTS|KAFKA_JVM_PERFORMANCE_OPTS|KAFKA_GC_LOG_OPTS) continue ;;
      KAFKA_LOG4J_*|KAFKA_TOOLS_LOG4J_LOGLEVEL) continue ;;
    esac
    key=$(printf '%s' "${name#KAFKA_}" | sed -e 's/___/-/g' -e 's/__/%/g' -e 's/_/./g' -e 's/%/_/g' \
        | tr '[:upper:]' '[:lower:]')
    printf '%s=%s\n' "$key" "${variable#*=}" >> "$config"
  done < <(env | grep '^KAFKA_')
  /opt/kafka/bin/kafka-storage.sh format --cluster-id "$CLUSTER_ID" --config "$config" \
      --add-scram "SCRAM-SHA-512=[name=admin,password=${NEWSFLOW_KAFKA_ADMIN_PASSWORD}]"
  rm -f "$config"
fi

exec /etc/kafka/docker/run
