#!/usr/bin/env bash
# Writes an .env for docker-compose.yml from .env.example: every empty password gets a random one, the key-encryption
# and badge keys random 32 bytes, audit's checkpoint key a new Ed25519 pair. A variable set in the caller's
# environment wins over the example (also for the commented image lines), so that a script can choose, say, the
# first administrator or the images:
#
#   MWOLO_BOOTSTRAP_ADMIN_EMAIL=admin@example.cd deploy/compose/new-env.sh [.env]
#
# Refuses to overwrite an existing file (FORCE=1 to do so). Needs openssl.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
target="${1:-$root/.env}"
if [ -e "$target" ] && [ "${FORCE:-0}" != 1 ]; then
  echo "$target exists; FORCE=1 replaces it (and every secret in it)" >&2
  exit 1
fi

random_password() {
  openssl rand -base64 48 | tr -dc 'A-Za-z0-9' | head -c 32
}
key="$(mktemp)"
trap 'rm -f "$key"' EXIT
openssl genpkey -algorithm ed25519 -outform DER -out "$key" 2> /dev/null
audit_private="$(base64 -w0 < "$key")"
audit_public="$(openssl pkey -inform DER -in "$key" -pubout -outform DER | base64 -w0)"

umask 077
{
  while IFS= read -r line; do
    name="$(printf '%s' "$line" | sed -n 's/^#\{0,1\} \{0,1\}\([A-Z][A-Z0-9_]*\)=.*/\1/p')"
    if [ -n "$name" ] && [ -n "${!name+set}" ]; then
      printf '%s=%s\n' "$name" "${!name}"
      continue
    fi
    case "$line" in
      MWOLO_BOOTSTRAP_ADMIN_PASSWORD=) ;; # set only with an administrator's address, below
      *PASSWORD*=) line="$line$(random_password)" ;;
      MWOLO_IDENTITY_KEY_ENCRYPTION_KEY= | MWOLO_HR_BADGE_SIGNING_KEY=) line="$line$(openssl rand -base64 32)" ;;
      MWOLO_AUDIT_SIGNING_PRIVATE_KEY=) line="$line$audit_private" ;;
      MWOLO_AUDIT_SIGNING_PUBLIC_KEY=) line="$line$audit_public" ;;
    esac
    printf '%s\n' "$line"
  done < "$root/.env.example"
} > "$target.part"
mv "$target.part" "$target"
if grep -q '^MWOLO_BOOTSTRAP_ADMIN_EMAIL=$' "$target"; then
  echo "$target written. No first administrator: set MWOLO_BOOTSTRAP_ADMIN_EMAIL and MWOLO_BOOTSTRAP_ADMIN_PASSWORD" \
       "in it before the first start (identity-service creates the account once)." >&2
else
  echo "$target written." >&2
fi
