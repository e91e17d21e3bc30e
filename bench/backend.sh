# The backend as the benchmarks run it, sourced by them: the built jar on a scratch database, started and stopped.
# Needs SERVER (libpq url of the PostgreSQL server), DB (the scratch database), PORT and OUT (where the log goes);
# defines R2DBC_URL and JAR, start_backend and stop_backend, and stops the backend whenever the script exits.

hostport="${SERVER#postgresql://}"; hostport="${hostport#*@}"; user="${SERVER#postgresql://}"; user="${user%@*}"
R2DBC_URL="r2dbc:postgresql://${user}@${hostport}/${DB}"
JAR=backend/target/wholeplace-backend-0.1.0-SNAPSHOT.jar
backend_pid=""

stop_backend() {
  if [ -n "$backend_pid" ] && kill -0 "$backend_pid" 2>/dev/null; then
    kill "$backend_pid"; wait "$backend_pid" 2>/dev/null || true
  fi
  backend_pid=""
}
trap stop_backend EXIT

start_backend() {
  SPRING_R2DBC_URL="$R2DBC_URL" java -Xmx2g -jar "$JAR" --server.port="$PORT" \
    --logging.level.root=WARN >"$OUT/backend.log" 2>&1 &
  backend_pid=$!
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "backend did not start; see $OUT/backend.log" >&2
  return 1
}
