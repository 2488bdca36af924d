#!/usr/bin/env bash
# Knee Rehab Records: restores a backup folder written by backup.sh into an EMPTY records database.
#
#   deploy/backup/restore.sh BACKUP_FOLDER
#
# Stop the application first. The target database must exist and hold no tables: the script refuses to
# write over data. It checks the folder's SHA256SUMS, decrypts (BACKUP_PASSPHRASE_FILE) when the files are
# encrypted, and loads records.sql into RESTORE_DB_NAME (default kneerehab).
# Keycloak's database (keycloak.sql.gz) is restored the same way with RESTORE_WHAT=keycloak.
#
# Settings: DB_HOST, DB_PORT (default 127.0.0.1, 3306), RESTORE_DB_NAME, RESTORE_DB_USER (default root),
# RESTORE_DB_PASSWORD (passed in MYSQL_PWD), BACKUP_PASSPHRASE_FILE, RESTORE_WHAT (records or keycloak),
# MARIADB (the client command, default mariadb; for Compose "docker compose ... exec -T -e MYSQL_PWD db mariadb").
set -euo pipefail

folder="${1:?usage: restore.sh BACKUP_FOLDER}"
DB_HOST="${DB_HOST:-127.0.0.1}"
DB_PORT="${DB_PORT:-3306}"
USER_NAME="${RESTORE_DB_USER:-root}"
PASSWORD="${RESTORE_DB_PASSWORD:-}"
WHAT="${RESTORE_WHAT:-records}"
CLIENT="${MARIADB:-mariadb}"

case "$WHAT" in
  records) file="records.sql.gz"; default_name="kneerehab" ;;
  keycloak) file="keycloak.sql.gz"; default_name="keycloak" ;;
  *) echo "RESTORE_WHAT must be records or keycloak" >&2; exit 2 ;;
esac

(cd "$folder" && sha256sum --quiet -c SHA256SUMS) || { echo "Checksums do not match: the backup is damaged." >&2; exit 1; }

export MYSQL_PWD="$PASSWORD"
sql() { $CLIENT --host="$DB_HOST" --port="$DB_PORT" --user="$USER_NAME" "$@"; }

# The whole dump, decrypted when it is encrypted, uncompressed.
plain() {
  if [ -f "$folder/$file.enc" ]; then
    : "${BACKUP_PASSPHRASE_FILE:?the backup is encrypted: set BACKUP_PASSPHRASE_FILE}"
    openssl enc -d -aes-256-cbc -pbkdf2 -iter 200000 -pass "file:$BACKUP_PASSPHRASE_FILE" -in "$folder/$file.enc" | gunzip
  else
    gunzip -c "$folder/$file"
  fi
}
target="${RESTORE_DB_NAME:-$default_name}"

tables="$(sql -N -B -e \
  "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$target'")"
if [ "$tables" != 0 ]; then
  echo "Database $target already holds $tables tables: restore only into an empty database." >&2
  exit 1
fi
sql -e \
  "CREATE DATABASE IF NOT EXISTS \`$target\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

echo "Restoring $folder/$file into $target on $DB_HOST:$DB_PORT"
plain | sql --default-character-set=utf8mb4 "$target"
echo "Restored into $target. Check it with: java -jar quarkus-run.jar verify-audit (DB_URL pointing at $target)"
