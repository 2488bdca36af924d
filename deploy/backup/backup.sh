#!/usr/bin/env bash
# Knee Rehab Records: consistent online backup of the records database, with Keycloak beside it.
#
# Writes one folder BACKUP_DIR/kneerehab-YYYYMMDDTHHMMSSZ/ holding
#   records.sql.gz[.enc]         the records database (mariadb-dump --single-transaction: one consistent
#                                snapshot taken while the application keeps writing; nothing is locked)
#   keycloak.sql.gz[.enc]        Keycloak's database (users, passwords, one-time-code enrolments), if configured
#   clinic-realm-export.json[.enc]  the realm's settings, roles and clients, if Keycloak's admin API is configured
#   SHA256SUMS                   checksums of the files above
# then deletes backup folders older than BACKUP_RETENTION_DAYS. See docs/deployment.md, "Backups".
#
# Settings (environment variables):
#   BACKUP_DIR                 required: where backup folders go
#   DB_HOST, DB_PORT           records database server (default 127.0.0.1, 3306)
#   DB_NAME                    records database (default kneerehab)
#   BACKUP_DB_USER             a user allowed to read it (default root)
#   BACKUP_DB_PASSWORD         that user's password (default empty); passed in MYSQL_PWD, never on the
#                              command line
#   KEYCLOAK_DB_NAME           Keycloak's database; with KEYCLOAK_DB_HOST, KEYCLOAK_DB_PORT,
#                              KEYCLOAK_DB_USER, KEYCLOAK_DB_PASSWORD (defaults: the records server's)
#   KEYCLOAK_ADMIN_URL, KEYCLOAK_REALM, KEYCLOAK_ADMIN_CLIENT_ID, KEYCLOAK_ADMIN_CLIENT_SECRET
#                              when set, the realm export is fetched through the admin API (client secrets in
#                              it are masked by Keycloak; the service client needs the realm's view-realm role)
#   BACKUP_PASSPHRASE_FILE     when set, every file is encrypted (AES-256, openssl enc -pbkdf2) with the
#                              passphrase in this file; keep the passphrase apart from the backups
#   BACKUP_RETENTION_DAYS      default 35; 0 keeps everything
#   MARIADB_DUMP               the dump command (default mariadb-dump), e.g. to run it in a container:
#                              "docker compose ... exec -T -e MYSQL_PWD db mariadb-dump" 
set -euo pipefail

: "${BACKUP_DIR:?set BACKUP_DIR to the folder that keeps the backups}"
DB_HOST="${DB_HOST:-127.0.0.1}"
DB_PORT="${DB_PORT:-3306}"
DB_NAME="${DB_NAME:-kneerehab}"
BACKUP_DB_USER="${BACKUP_DB_USER:-root}"
BACKUP_DB_PASSWORD="${BACKUP_DB_PASSWORD:-}"
RETENTION="${BACKUP_RETENTION_DAYS:-35}"
DUMP="${MARIADB_DUMP:-mariadb-dump}"

umask 077
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
target="$BACKUP_DIR/kneerehab-$stamp"
work="$target.partial"
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT

# Encrypts (when a passphrase file is set) what arrives on stdin into the named file.
seal() {
  if [ -n "${BACKUP_PASSPHRASE_FILE:-}" ]; then
    openssl enc -aes-256-cbc -pbkdf2 -iter 200000 -salt -pass "file:$BACKUP_PASSPHRASE_FILE" -out "$1.enc"
  else
    cat > "$1"
  fi
}

# One consistent snapshot of a database: InnoDB's repeatable-read transaction, no table locks held.
dump() { # host port user password database file
  MYSQL_PWD="$4" $DUMP --host="$1" --port="$2" --user="$3" --single-transaction --quick --routines --triggers --events \
    --hex-blob --default-character-set=utf8mb4 "$5" | gzip -9 | seal "$work/$6"
}

echo "Backing up $DB_NAME from $DB_HOST:$DB_PORT into $target"
dump "$DB_HOST" "$DB_PORT" "$BACKUP_DB_USER" "$BACKUP_DB_PASSWORD" "$DB_NAME" records.sql.gz

if [ -n "${KEYCLOAK_DB_NAME:-}" ]; then
  echo "Backing up Keycloak's database $KEYCLOAK_DB_NAME"
  dump "${KEYCLOAK_DB_HOST:-$DB_HOST}" "${KEYCLOAK_DB_PORT:-$DB_PORT}" "${KEYCLOAK_DB_USER:-$BACKUP_DB_USER}" \
    "${KEYCLOAK_DB_PASSWORD:-$BACKUP_DB_PASSWORD}" "$KEYCLOAK_DB_NAME" keycloak.sql.gz
fi

if [ -n "${KEYCLOAK_ADMIN_URL:-}" ] && [ -n "${KEYCLOAK_ADMIN_CLIENT_SECRET:-}" ]; then
  realm="${KEYCLOAK_REALM:-clinic}"
  echo "Exporting the Keycloak realm $realm"
  token="$(curl -fsS -d grant_type=client_credentials -d "client_id=${KEYCLOAK_ADMIN_CLIENT_ID:-knee-rehab-accounts}" \
      --data-urlencode "client_secret=$KEYCLOAK_ADMIN_CLIENT_SECRET" \
      "$KEYCLOAK_ADMIN_URL/realms/$realm/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
  curl -fsS -X POST -H "Authorization: Bearer $token" \
      "$KEYCLOAK_ADMIN_URL/admin/realms/$realm/partial-export?exportClients=true&exportGroupsAndRoles=true" \
    | seal "$work/clinic-realm-export.json"
fi

(cd "$work" && sha256sum -- * > SHA256SUMS)
mv "$work" "$target"
echo "Backup complete: $target"
ls -l "$target"

if [ "$RETENTION" != 0 ]; then
  find "$BACKUP_DIR" -maxdepth 1 -type d -name 'kneerehab-*' ! -name '*.partial' -mtime "+$RETENTION" \
    -print -exec rm -rf {} +
fi
