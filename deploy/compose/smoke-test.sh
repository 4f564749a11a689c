#!/usr/bin/env bash
# The compose stack's smoke test, run by CI after the tests (it needs the jars `./mvnw verify` built):
#   1. installs what it needs if missing (podman, docker-compose, debootstrap, jq: Debian packages);
#   2. builds the images (deploy/images/build.sh) and the stand-ins for postgres:17 and apache/kafka (no registry);
#   3. writes a throw-away .env (new-env.sh) and checks docker-compose.yml with `docker-compose config -q`;
#   4. brings the platform up under podman (docker-compose through podman's Docker API), answering podman's health
#      checks itself (podman runs them through systemd timers, and there is no systemd here);
#   5. signs in through the gateway as the first administrator, opens an agency, and waits for its event in the
#      audit log (geo's outbox -> Kafka -> audit); kills geo-service's JVM, waits for its restart policy to bring it
#      back healthy and for the next agency's event; starts the stack again (the setups run again and change
#      nothing, running services are kept);
#   6. tears the stack down with its volumes, whatever happened, and prints its figures as SMOKE lines.
# A step that fails fails the script. Time-boxed: MWOLO_SMOKE_TIMEOUT seconds in all (default 1200).
# MWOLO_SMOKE_RELAY=kafka-connect runs the same with the debezium profile: Kafka Connect relays every outbox and the
# services' embedded relays are off (CI runs the default, the embedded relays).
set -euo pipefail
cd "$(dirname "$0")/../.."
started_at=$(date +%s)
deadline=$((started_at + ${MWOLO_SMOKE_TIMEOUT:-1200}))
say() { echo "[smoke $(($(date +%s) - started_at))s] $*"; }

missing=()
for tool in podman:podman docker-compose:docker-compose debootstrap:debootstrap jq:jq openssl:openssl unzip:unzip; do
  command -v "${tool%%:*}" > /dev/null || missing+=("${tool#*:}")
done
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" > /dev/null \
    || { apt-get update -q > /dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" > /dev/null; }
fi

source deploy/images/podman-env.sh
mwolo_podman_service

say "building the images"
relay="${MWOLO_SMOKE_RELAY:-embedded}"
case "$relay" in
  embedded) embedded_relays=true; profile=(); extra=() ;;
  kafka-connect) embedded_relays=false; profile=(--profile debezium); extra=(kafka-connect) ;;
  *) echo "MWOLO_SMOKE_RELAY is embedded or kafka-connect, not $relay" >&2; exit 2 ;;
esac
images_started=$(date +%s)
# The images this stack runs: the services, the gateway, the devstack (its provisioning), Kafka Connect if asked.
deploy/images/build.sh $(ls -d *-service) gateway devstack "${extra[@]}" | sed 's/^/  /'
stand_ins="$(deploy/images/stand-ins/build.sh 2> /dev/null)"
export $stand_ins
images_seconds=$(($(date +%s) - images_started))

project="mwolo-smoke-$$"
work="$(mktemp -d)"
env_file="$work/.env"
port="${MWOLO_SMOKE_GATEWAY_PORT:-18080}"
admin_password="$(openssl rand -hex 16)"
MWOLO_OUTBOX_RELAY_ENABLED="$embedded_relays" MWOLO_BOOTSTRAP_ADMIN_EMAIL=admin@mwolo.local MWOLO_BOOTSTRAP_ADMIN_PASSWORD="$admin_password" \
  MWOLO_GATEWAY_PORT="$port" MWOLO_PUBLIC_URL="http://localhost:$port" COMPOSE_PROJECT_NAME="$project" \
  MWOLO_JAVA_OPTIONS="${MWOLO_SMOKE_JAVA_OPTIONS:--Xmx256m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError}" \
  deploy/compose/new-env.sh "$env_file" 2> /dev/null
compose_args=(--project-name "$project" --env-file "$env_file" "${profile[@]}")
compose() { docker-compose "${compose_args[@]}" "$@"; }

health_loop_pid=
teardown() {
  status=$?
  [ -n "$health_loop_pid" ] && kill "$health_loop_pid" 2> /dev/null || true
  if [ "$status" -ne 0 ]; then
    say "failed; the last lines of each container's log:"
    for container in $(podman ps -a --filter "label=com.docker.compose.project=$project" --format '{{.Names}}'); do
      echo "----- $container ($(podman inspect --format '{{.State.Status}} {{.State.ExitCode}}' "$container" 2> /dev/null))"
      podman logs --tail 40 "$container" 2>&1 | sed 's/^/  /'
    done
  fi
  say "tearing down"
  compose down --volumes --remove-orphans --timeout 20 > "$work/down.log" 2>&1 || cat "$work/down.log"
  # What compose could not remove (a container restarting in a loop): removed by force, then its volumes.
  podman ps -a -q --filter "label=com.docker.compose.project=$project" | xargs -r podman rm -f > /dev/null 2>&1 || true
  podman volume ls -q --filter "label=com.docker.compose.project=$project" | xargs -r podman volume rm -f > /dev/null 2>&1 || true
  podman network rm -f "${project}_default" > /dev/null 2>&1 || true
  rm -rf "$work"
  exit "$status"
}
trap teardown EXIT

compose config -q
say "docker-compose.yml is valid"

# Podman leaves health checks to systemd timers; without systemd, this loop runs them, as often as compose asks.
(
  while true; do
    for container in $(podman ps --filter "label=com.docker.compose.project=$project" --format '{{.ID}}'); do
      podman healthcheck run "$container" > /dev/null 2>&1 || true
    done
    sleep 3
  done
) &
health_loop_pid=$!

say "starting the stack (outboxes relayed by: $relay)"
up_started=$(date +%s)
timeout $((deadline - $(date +%s))) docker-compose "${compose_args[@]}" up -d gateway "${extra[@]}" \
  > "$work/up.log" 2>&1 || { cat "$work/up.log"; say "the stack did not come up"; exit 1; }
until curl -fsS -o /dev/null "http://127.0.0.1:$port/api/geo/provinces/" -H 'Accept: application/json' 2> /dev/null \
  || [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/geo/provinces/")" = 401 ]; do
  [ "$(date +%s)" -lt "$deadline" ] || { say "the gateway did not answer in time"; exit 1; }
  sleep 2
done
up_seconds=$(($(date +%s) - up_started))
say "every service healthy and the gateway answering after ${up_seconds}s"

api() { # method path [body]: prints the body, fails on a status >= 400
  local answer
  answer="$(curl -sS -X "$1" "http://127.0.0.1:$port$2" -H 'Content-Type: application/json' \
    -H 'Accept: application/json' ${token:+-H "Authorization: Bearer $token"} ${3:+-d "$3"} -w '\n%{http_code}')"
  local status="${answer##*$'\n'}"
  local body="${answer%$'\n'*}"
  if [ "$status" -ge 400 ]; then
    say "$1 $2 answered $status: $body"
    return 1
  fi
  printf '%s' "$body"
}

token=
token="$(api POST /api/auth/login/ "{\"email\": \"admin@mwolo.local\", \"password\": \"$admin_password\"}" | jq -r .access)"
say "signed in through the gateway"
kinshasa="$(api GET '/api/geo/provinces/?page_size=100' | jq -r '.results[] | select(.code == "KN") | .id')"
open_agency() { # name: prints the new agency's id
  api POST /api/agencies/ "{\"province\": \"$kinshasa\", \"name\": \"$1 (smoke $project)\",
    \"address\": \"7, boulevard Lumumba, Limete\", \"phone\": \"+243 81 555 0199\", \"email\": \"agence@mwolo.energy\",
    \"latitude\": -4.3690, \"longitude\": 15.3470, \"opening_hours\": \"Lun-Ven 8h-16h\"}" | jq -r .id
}
await_audit_event() { # agency: waits for its event in the audit log (geo's outbox, Kafka, audit), says what it found
  local opened_at count
  opened_at=$(date +%s)
  until count="$(api GET "/api/audit/events/?subject=$1" | jq -r '.count')" && [ "$count" -ge 1 ] 2> /dev/null; do
    [ "$(($(date +%s) - opened_at))" -lt 120 ] || { say "no audit event for agency $1 after 120s"; exit 1; }
    sleep 2
  done
  say "the audit log holds $(api GET "/api/audit/events/?subject=$1" | jq -c '.results[0] | {type, source, subject}') after $(($(date +%s) - opened_at))s"
}
container_of() { # compose service: its container's id
  podman ps -a -q --filter "label=com.docker.compose.project=$project" --filter "label=com.docker.compose.service=$1"
}

agency="$(open_agency "Agence de Limete")"
say "agency $agency opened"
await_audit_event "$agency"
if [ "$relay" = kafka-connect ]; then
  connectors="$(podman exec "$(container_of kafka-connect)" curl -fsS 'http://127.0.0.1:8083/connectors?expand=status' \
    | jq -r '[.[] | .status | "\(.name)=\(.connector.state)/\(.tasks[0].state)"] | sort | join(" ")')"
  case "$connectors" in
    *geo-outbox=RUNNING/RUNNING*) say "Kafka Connect relays the outboxes: $connectors" ;;
    *) say "geo's connector is not running: $connectors"; exit 1 ;;
  esac
fi

# A crash: geo-service's JVM killed as the kernel's OOM killer would. Its restart policy brings it back, its relay
# resumes from the offsets in its volume, and the next agency's event reaches the audit log as the first did.
geo="$(container_of geo-service)"
kill -9 "$(podman inspect --format '{{.State.Pid}}' "$geo")"
crashed_at=$(date +%s)
say "geo-service's JVM killed"
sleep 2
until [ "$(podman inspect --format '{{.State.Status}} {{.State.Health.Status}}' "$geo")" = "running healthy" ]; do
  [ "$(($(date +%s) - crashed_at))" -lt 240 ] || { say "geo-service did not come back healthy after 240s"; exit 1; }
  sleep 2
done
recovered_seconds=$(($(date +%s) - crashed_at))
say "geo-service restarted (restarts: $(podman inspect --format '{{.RestartCount}}' "$geo")) and healthy after ${recovered_seconds}s"
second="$(open_agency "Agence de Masina")"
say "agency $second opened"
await_audit_event "$second"

# Started again, as after a reboot: the setups run once more and change nothing, running services are left alone.
timeout $((deadline - $(date +%s))) docker-compose "${compose_args[@]}" up -d gateway "${extra[@]}" \
  > "$work/up-again.log" 2>&1 || { cat "$work/up-again.log"; say "the second start failed"; exit 1; }
for setup in postgres-setup kafka-setup; do
  [ "$(podman inspect --format '{{.State.ExitCode}}' "$(container_of "$setup")")" = 0 ] \
    || { podman logs --tail 20 "$(container_of "$setup")"; say "$setup failed on the second start"; exit 1; }
done
[ "$(container_of geo-service)" = "$geo" ] || { say "the second start recreated geo-service"; exit 1; }
say "started again: both setups completed again, the running services were kept"

for image in $(compose config | sed -n 's/^ *image: *//p' | tr -d '"' | sort -u); do
  size="$(podman image inspect --format '{{.Size}}' "$image" 2> /dev/null || true)"
  [ -n "$size" ] && echo "SMOKE image $image $((size / 1000000)) MB"
done
echo "SMOKE images built in ${images_seconds}s; stack cold start to healthy ${up_seconds}s;" \
  "geo-service back healthy ${recovered_seconds}s after its JVM was killed"
