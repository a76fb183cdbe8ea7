# Sourced by the public-intake benchmarks (mailbox, surveys): builds the backend and its test classes, starts the
# test services (MariaDB, Keycloak) and the packaged backend on $PORT with the intake's rate limits raised, an
# 8-bit challenge and a cheap query-password hash, and stops all of it when the script exits.
# Sets BENCH_CLASSPATH and BACKEND_PID.
mkdir -p .local/bench/logs .local/test
echo "→ building the backend, its test classes and the launcher"
./mvnw -B -q -DskipTests package
./mvnw -B -q -pl backend test-compile dependency:build-classpath -Dmdep.outputFile=../.local/bench/backend.classpath -Dmdep.includeScope=test
BENCH_CLASSPATH="backend/target/classes:backend/target/test-classes:$(cat .local/bench/backend.classpath)"

bench_pids=()
stop_bench_stack() {
  for pid in "${bench_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_bench_stack EXIT

echo "→ starting MariaDB and Keycloak (test services)"
rm -f .local/test/ready
java -cp "$(launcher_classpath)" -Dtianshan.repo="$PWD" cn.tianshan.launcher.Launcher services > .local/bench/logs/services.log 2>&1 &
bench_pids+=($!)
for _ in $(seq 1 120); do [ -f .local/test/ready ] && break; sleep 2; done
[ -f .local/test/ready ] || die "test services did not start (.local/bench/logs/services.log)"
# shellcheck disable=SC1091
source .local/test/services.env
export TIANSHAN_OIDC_URL

echo "→ starting the backend on port $PORT"
QUARKUS_HTTP_PORT=$PORT TIANSHAN_DB_URL=$TIANSHAN_DB_URL TIANSHAN_OIDC_URL=$TIANSHAN_OIDC_URL \
  TIANSHAN_INTAKE_GLOBAL=1000000 TIANSHAN_INTAKE_PER_ADDRESS=1000000 TIANSHAN_INTAKE_DIFFICULTY=8 \
  TIANSHAN_PASSWORD_MEMORY_KB=1024 TIANSHAN_PASSWORD_ITERATIONS=1 TIANSHAN_SURVEY_PER_ADDRESS=1000000 \
  java -Xmx1g -jar backend/target/quarkus-app/quarkus-run.jar > .local/bench/logs/backend.log 2>&1 &
BACKEND_PID=$!
bench_pids+=($BACKEND_PID)
for _ in $(seq 1 90); do curl -fs "http://localhost:$PORT/q/health/ready" >/dev/null 2>&1 && break; sleep 2; done
curl -fs "http://localhost:$PORT/q/health/ready" >/dev/null || die "backend did not start (.local/bench/logs/backend.log)"
