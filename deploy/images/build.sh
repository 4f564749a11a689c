#!/usr/bin/env bash
# Builds the platform's images from the Spring Boot jars that `./mvnw package` (or `verify`) leaves in each module's
# target/: mwolo/<module>:<version> for every module with an executable jar (the services, the gateway, the
# mobile-money simulator, and the devstack, whose jar holds the provisioning of compose's PostgreSQL and Kafka and
# the simulators). A new module with an executable jar gets its image without a change here.
#
#   deploy/images/build.sh                 every module
#   deploy/images/build.sh geo-service ... those modules
#
# Each image is the base image (base-image.sh, built first if missing) plus three layers (see Containerfile).
# Reproducible: file times and the image's creation time are fixed (--timestamp 0), so the same jar gives the same
# layers. Prints each image's size.
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/images/podman-env.sh
deploy/images/base-image.sh

version="$(sed -n '0,/<artifactId>mwolo-platform<\/artifactId>/d; s/.*<version>\([^<]*\)<\/version>.*/\1/p' pom.xml | head -1)"
if [ "$#" -gt 0 ]; then
  modules=("$@")
else
  modules=()
  for pom in */pom.xml; do
    modules+=("$(dirname "$pom")")
  done
fi

# The module's executable jar: the one whose manifest names a Start-Class.
executable_jar() {
  local jar
  for jar in "$1"/target/*.jar; do
    [ -f "$jar" ] || continue
    if unzip -p "$jar" META-INF/MANIFEST.MF 2> /dev/null | grep -q '^Start-Class:'; then
      echo "$jar"
      return 0
    fi
  done
  return 1
}

built=0
for module in "${modules[@]}"; do
  if ! jar="$(executable_jar "$module")"; then
    if [ "$#" -gt 0 ]; then
      echo "$module has no executable jar in $module/target: run ./mvnw package first" >&2
      exit 1
    fi
    continue
  fi
  context="$module/target/image"
  rm -rf "$context"
  mkdir -p "$context/lib" "$context/snapshots" "$context/classes"
  unzip -q "$jar" 'BOOT-INF/*' -d "$context/jar"
  cp -a "$context/jar/BOOT-INF/classes/." "$context/classes/"
  # The module's own META-INF files stay at the jar's root (spring.factories, build-info.properties); the launcher's
  # (its manifest, its nested-jar file system) and Maven's are not wanted on a plain class path.
  unzip -q "$jar" 'META-INF/*' -x 'META-INF/MANIFEST.MF' 'META-INF/BOOT.SF' 'META-INF/maven/*' \
    'META-INF/services/java.nio.file.spi.FileSystemProvider' -d "$context/classes" 2> /dev/null || true
  # The jar's classpath.idx gives the order the class loader searches; the same order on the command line.
  classpath="/app/classes"
  while IFS= read -r entry; do
    name="${entry##*/}"
    case "$name" in
      *-SNAPSHOT.jar) dir=snapshots ;;
      *) dir=lib ;;
    esac
    cp "$context/jar/BOOT-INF/lib/$name" "$context/$dir/"
    classpath="$classpath:/app/$dir/$name"
  done < <(sed -n 's/^- "\(.*\)"$/\1/p' "$context/jar/BOOT-INF/classpath.idx")
  rm -rf "$context/jar"
  printf -- '-cp\n%s\n' "$classpath" > "$context/classpath.args"
  unzip -p "$jar" META-INF/MANIFEST.MF | sed -n 's/^Start-Class: *\([^[:space:]]*\).*/\1/p' > "$context/main.args"
  management_port="$(sed -n 's/.*\${MANAGEMENT_SERVER_PORT:\([0-9]*\)}.*/\1/p' \
    "$module/src/main/resources/application.yml" 2> /dev/null | head -1 || true)"
  find "$context" -exec touch --no-dereference --date=@0 {} +
  image="mwolo/$module:$version"
  podman build --quiet --format docker --timestamp 0 \
    --build-arg "MODULE=$module" --build-arg "VERSION=$version" --build-arg "MANAGEMENT_PORT=$management_port" \
    -f deploy/images/Containerfile -t "$image" "$context" > /dev/null
  echo "$image: $(podman image inspect --format '{{.Size}}' "$image") bytes"
  built=$((built + 1))
done
echo "$built images built"
