#!/usr/bin/env bash
# Makes PostgreSQL 15 binaries available for the store tests (tests/test_store_postgres.py starts
# a throwaway cluster from /usr/lib/postgresql/15/bin). Installs Debian's postgresql if missing;
# does not start the system service. Skip it by setting EVENTWIRE_TEST_PG to a server URL.
set -euo pipefail
if [[ -n "${EVENTWIRE_TEST_PG:-}" ]]; then
    echo "postgres: using EVENTWIRE_TEST_PG"
    exit 0
fi
if [[ -x /usr/lib/postgresql/15/bin/initdb ]]; then
    echo "postgres: $(/usr/lib/postgresql/15/bin/postgres --version)"
    exit 0
fi
SUDO=""
if [[ "$(id -u)" != 0 ]]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends postgresql
/usr/lib/postgresql/15/bin/postgres --version
