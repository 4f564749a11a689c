# Sourced by the image and compose scripts: podman's settings, and DOCKER_HOST for docker-compose, which talks to
# podman's Docker-compatible API (`podman system service`, started here once and reused while it answers).
# Needs: podman (Debian 12's 4.3), docker-compose 1.29.

MWOLO_IMAGES_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export CONTAINERS_CONF="${CONTAINERS_CONF:-$MWOLO_IMAGES_DIR/containers.conf}"
MWOLO_CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/mwolo"
mkdir -p "$MWOLO_CACHE"

# Starts podman's API service on a socket of the cache unless one answers there; sets DOCKER_HOST.
mwolo_podman_service() {
  local socket="$MWOLO_CACHE/podman.sock"
  export DOCKER_HOST="unix://$socket"
  if curl -fsS --unix-socket "$socket" http://d/_ping > /dev/null 2>&1; then
    return 0
  fi
  rm -f "$socket"
  nohup podman system service --time=0 "$DOCKER_HOST" > "$MWOLO_CACHE/podman-service.log" 2>&1 &
  echo $! > "$MWOLO_CACHE/podman-service.pid"
  for _ in $(seq 1 100); do
    if curl -fsS --unix-socket "$socket" http://d/_ping > /dev/null 2>&1; then
      return 0
    fi
    sleep 0.1
  done
  echo "podman system service did not answer on $socket (log: $MWOLO_CACHE/podman-service.log)" >&2
  return 1
}
