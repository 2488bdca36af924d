#!/bin/bash
# Runs once, when the MariaDB container initialises an empty data directory: creates the
# application's runtime user with no privileges. The migrations (run as the schema's owner,
# MARIADB_USER) grant it what it needs on each table: insert and read only on the audit trail.
set -euo pipefail
mariadb -uroot -p"$MARIADB_ROOT_PASSWORD" <<SQL
CREATE USER IF NOT EXISTS '${RUNTIME_USERNAME}'@'%' IDENTIFIED BY '${RUNTIME_PASSWORD}';
SQL
