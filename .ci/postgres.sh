# Sourced by .ci/run: a throwaway PostgreSQL cluster on 127.0.0.1 for the tests that run against a real server.
# start_postgres exports MENTOREVAL_TEST_POSTGRES (a connection string to the server's maintenance database; each test
# creates and drops its own database) or, when no server can be started, MENTOREVAL_TEST_POSTGRES_UNAVAILABLE with the
# reason, which the PostgreSQL tests report as their skip reason. stop_postgres stops the cluster and deletes it.

pg_dir=""
pg_bin=""
pg_user=""

newest_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

postgres_unavailable() {
  echo "PostgreSQL tests will be skipped: $1"
  export MENTOREVAL_TEST_POSTGRES_UNAVAILABLE="$1"
  return 0
}

# As the cluster's owner: initdb and pg_ctl refuse to run as root.
as_owner() {
  if [ -n "$pg_user" ]; then runuser -u "$pg_user" -- "$@"; else "$@"; fi
}

free_port() {
  local port
  for port in $(seq 54320 54420); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}

start_postgres() {
  pg_bin=$(newest_pg_bin)
  if [ -z "$pg_bin" ]; then
    if [ "$(id -u)" -ne 0 ]; then postgres_unavailable "PostgreSQL is not installed and this user cannot install it (apt-get install postgresql)"; return; fi
    echo "Installing PostgreSQL from Debian's packages..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null 2>&1; } \
      || { postgres_unavailable "apt-get install postgresql failed"; return; }
    pg_bin=$(newest_pg_bin)
    [ -n "$pg_bin" ] || { postgres_unavailable "postgresql was installed but no server binaries are under /usr/lib/postgresql"; return; }
  fi

  if [ "$(id -u)" -eq 0 ]; then
    pg_user=postgres
    id -u "$pg_user" >/dev/null 2>&1 || useradd --system --no-create-home "$pg_user" \
      || { postgres_unavailable "running as root, and no 'postgres' user to run the server as"; return; }
  fi

  local port
  port=$(free_port) || { postgres_unavailable "no free TCP port in 54320-54420 on 127.0.0.1"; return; }
  pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/mentoreval-ci-postgres.XXXXXX")
  [ -z "$pg_user" ] || chown "$pg_user" "$pg_dir"
  # Durability is not tested here: fsync off makes creating a database per test cheap.
  if ! as_owner "$pg_bin/initdb" -D "$pg_dir/data" -U mentoreval --auth=trust -E UTF8 --locale=C >"$pg_dir/initdb.log" 2>&1; then
    postgres_unavailable "initdb failed: $(tail -n 1 "$pg_dir/initdb.log")"; return
  fi
  if ! as_owner "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null 2>&1; then
    postgres_unavailable "the server did not start: $(tail -n 1 "$pg_dir/server.log" 2>/dev/null)"; return
  fi
  export MENTOREVAL_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=mentoreval;Database=postgres"
  echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port"
}

stop_postgres() {
  if [ -n "$pg_dir" ] && [ -d "$pg_dir" ]; then
    as_owner "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
