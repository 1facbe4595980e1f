# Start script of the ARMORRED postgresql-15 image, run by /bin/sh (no coreutils in the
# image: only shell builtins are used). On first start it initialises the cluster in
# $PGDATA; then it replaces itself with postgres, which gets PID 1 and the stop signal.
set -eu
: "${PGDATA:=/var/lib/postgresql/data}"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  # Local connections (the Unix socket in /tmp, reachable only inside the container)
  # are trusted; TCP connections need a password: scram-sha-256 for any role that has one.
  initdb --pgdata="$PGDATA" --username=postgres --encoding=UTF8 --locale=C \
    --auth-local=trust --auth-host=scram-sha-256
  printf '%s\n' "listen_addresses = '*'" "unix_socket_directories = '/tmp'" >>"$PGDATA/postgresql.conf"
fi
exec postgres -D "$PGDATA"
