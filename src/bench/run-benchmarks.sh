#!/usr/bin/env bash
# The benchmark command: builds Firmas, runs it on PostgreSQL (database firmas_bench, recreated)
# with a local SMTP sink and webhook receiver, loads it on loopback with wrk (signers arriving at
# fixed rates: an open model) and pgbench, and prints one table, also written to
# target/bench/results.md. Every figure is the median of RUNS runs. About 30 minutes.
#   src/bench/run-benchmarks.sh                      # RUNS=3 SECONDS_PER_RUN=20 BENCH_GC=parallel
#   BENCH_GC=zgc src/bench/run-benchmarks.sh         # the same with another collector (g1, zgc, serial, shenandoah)
#   RUNS=1 SECONDS_PER_RUN=5 WARMUP_SECONDS=5 SEARCH_SECONDS=4 RATES=50,100 CONFIRM_RATE=50 GROWTH_ROWS=20000 \
#     UPDATE_RECIPIENTS=2000 API_SIGNATURES=2000 PAPER_ROWS=200 src/bench/run-benchmarks.sh   # a smoke test of the script
# Settings and scenarios: docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
export BENCH_STARTED=$(date +%s)

if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
export MAVEN_ARGS="--batch-mode --no-transfer-progress --quiet"

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
command -v pgbench >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client; }
pg_isready -h 127.0.0.1 -q || pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
# Firmas is measured on PostgreSQL as it is deployed, with autovacuum: without it (a test host's
# setting) the outbox's claims read every row the run has ever sent. Turned on for the run only.
if [ "$(psql -h 127.0.0.1 -U postgres -tAc 'SHOW autovacuum')" = off ]; then
  # Put back as it was: an ALTER SYSTEM of the host's own is written again, a configuration file's left to speak.
  if [ "$(psql -h 127.0.0.1 -U postgres -tAc "SELECT sourcefile LIKE '%postgresql.auto.conf' FROM pg_settings WHERE name = 'autovacuum'")" = t ]; then
    RESTORE_AUTOVACUUM="ALTER SYSTEM SET autovacuum = off"
  else
    RESTORE_AUTOVACUUM="ALTER SYSTEM RESET autovacuum"
  fi
  psql -h 127.0.0.1 -U postgres -qc "ALTER SYSTEM SET autovacuum = on" -c "SELECT pg_reload_conf()" >/dev/null
  trap 'psql -h 127.0.0.1 -U postgres -qc "$RESTORE_AUTOVACUUM" -c "SELECT pg_reload_conf()" >/dev/null' EXIT
fi

rm -rf target/bench && mkdir -p target/bench
./mvnw -Pbenchmark test-compile package
# The runtime this JDK builds for (Payara 7 on Java 21+, 6 on 17), not whichever jar is lying around.
PAYARA_VERSION=$(./mvnw -q help:evaluate -Dexpression=payara.version -DforceStdout)
export PAYARA_MICRO_JAR="target/payara-micro-$PAYARA_VERSION.jar"
python3 src/bench/run_benchmarks.py
