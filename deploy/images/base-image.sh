#!/usr/bin/env bash
# Builds the base of every image of the platform, localhost/mwolo/jre:17-bookworm: Debian 12 (debootstrap, minbase
# variant) with Debian's OpenJDK 17 JRE (headless), curl for health checks and the CA certificates, and the user
# `mwolo` (10001:10001) the services run as. No registry is needed: packages come from the Debian mirror.
#
# Idempotent and cached: the root file system is kept as a tarball in ~/.cache/mwolo/images and imported again only
# when the image is missing; --rebuild starts from a fresh debootstrap. Needs root (debootstrap), podman.
set -euo pipefail
source "$(dirname "$0")/podman-env.sh"

IMAGE=localhost/mwolo/jre:17-bookworm
MIRROR="${MWOLO_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
CACHE="$MWOLO_CACHE/images"
TARBALL="$CACHE/jre-17-bookworm.tar"

if [ "${1:-}" = "--rebuild" ]; then
  rm -f "$TARBALL"
  podman rmi -f "$IMAGE" > /dev/null 2>&1 || true
fi
if podman image exists "$IMAGE"; then
  exit 0
fi
mkdir -p "$CACHE"
if [ ! -f "$TARBALL" ]; then
  root="$(mktemp -d "$CACHE/rootfs.XXXXXX")"
  trap 'rm -rf "$root"' EXIT
  debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates,curl \
    bookworm "$root" "$MIRROR" > "$CACHE/debootstrap.log" 2>&1 \
    || { echo "debootstrap failed (log: $CACHE/debootstrap.log)" >&2; exit 1; }
  chroot "$root" groupadd --gid 10001 mwolo
  chroot "$root" useradd --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin mwolo
  # What an image never needs at run time: package lists and caches, documentation, locales but C.
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* "$root"/usr/share/doc/* \
    "$root"/usr/share/man/* "$root"/usr/share/info/* "$root"/var/log/*.log "$root"/var/cache/debconf/*-old
  find "$root/usr/share/locale" -mindepth 1 -maxdepth 1 ! -name 'locale.alias' -exec rm -rf {} +
  # Same bytes for the same packages: file times set to one instant.
  find "$root" -xdev -newermt @0 -exec touch --no-dereference --date=@0 {} + 2> /dev/null || true
  tar --numeric-owner --sort=name -C "$root" -cf "$TARBALL.part" .
  mv "$TARBALL.part" "$TARBALL"
fi
podman import \
  --change 'ENV LANG=C.UTF-8' \
  --change 'ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64' \
  --change 'CMD ["/bin/bash"]' \
  "$TARBALL" "$IMAGE" > /dev/null
echo "$IMAGE: $(podman image inspect --format '{{.Size}}' "$IMAGE") bytes"
