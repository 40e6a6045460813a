#!/usr/bin/env bash
# Crash tests of a billing run, outside the test JVM (docs/operations.md, docs/billing.md).
#
#   scripts/crash-test.sh                      # MODE=crash: one node, kill -9 during sending, restart it
#   MODE=cluster N=1000 scripts/crash-test.sh  # two nodes started at once on an empty database, kill -9 one mid-run
#
# It builds the jar (or uses JAR=…), drops and creates the database DB, starts an SMTP sink in its
# own JVM (scripts/SmtpSink.java: it survives the kill and records every mail it accepts), starts the
# node(s), seeds N conventions, starts a billing run through /api, approves it through /engine-rest,
# kills a node with kill -9 once a third of the invoices are mailed, restarts it (MODE=crash) or lets
# the other node finish (MODE=cluster), waits for the run to complete and checks with SQL:
# every month billed once, no numbering gap, every invoice SENT, duplicates ≤ sending threads,
# one journal row per invoice mailed (received = journal rows + duplicates), no incident. Prints the figures; exit status 1 when a check fails.
# Needs: Java 17, psql, curl; PostgreSQL at PGHOST:PGPORT (user PGUSER, superuser to create DB).
set -euo pipefail

MODE=${MODE:-crash}
N=${N:-2001}
DB=${DB:-cluster_crash}
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
SMTP_PORT=${SMTP_PORT:-3946}
PORT_A=${PORT_A:-8186}; PORT_B=${PORT_B:-8196}
KILL_AFTER=${KILL_AFTER:-$((N / 3))}       # kill once this many invoice mails were received
SEND_THREADS=${SEND_THREADS:-5}
BILLING_DATE=${BILLING_DATE:-2026-07-01}   # conventions start 2026-01-01: 12 months each (Jan–Dec 2026)
TIMEOUT_S=${TIMEOUT_S:-900}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${WORK:-$(mktemp -d /tmp/convention-crash.XXXXXX)}; mkdir -p "$WORK"
ADMIN_PASSWORD=crash-test-admin-password
FINANCE_USER=finance.crash; FINANCE_PASSWORD=crash-test-finance-password
PIDS=()

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
sql() { psql -d "$DB" -qtAX -c "$1"; }
now_ms() { date +%s%3N; }
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

if [[ -z "${JAR:-}" ]]; then
  log "building the jar"
  (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
  JAR=$(ls "$ROOT"/target/convention-*.jar | grep -v original | head -1)
fi
log "jar $JAR, work folder $WORK, mode $MODE, $N conventions"

psql -d postgres -qtAX -c "drop database if exists $DB with (force)" -c "create database $DB"
java "$ROOT/scripts/SmtpSink.java" "$SMTP_PORT" "$WORK/mails.tsv" > "$WORK/sink.log" 2>&1 &
PIDS+=($!)
touch "$WORK/mails.tsv"

start_node() { # name port -> pid
  CONVENTION_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" CONVENTION_DB_USER=$PGUSER CONVENTION_DB_PASSWORD=${PGPASSWORD:-} \
  CONVENTION_ADMIN_USER=admin CONVENTION_ADMIN_PASSWORD=$ADMIN_PASSWORD \
  CONVENTION_SMTP_HOST=127.0.0.1 CONVENTION_SMTP_PORT=$SMTP_PORT CONVENTION_SPACES_ROOT="$WORK/spaces" \
  CONVENTION_NODE_NAME=$1 SERVER_PORT=$2 CONVENTION_PUBLIC_URL=http://localhost:$2 \
    java -Xmx1g -jar "$JAR" >> "$WORK/$1.log" 2>&1 &
  echo $!
}
wait_up() { # port
  for _ in $(seq 1 900); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$1/engine-rest/engine" || true) == 200 ]] && return 0
    sleep 1
  done
  log "node on port $1 did not come up"; return 1
}
as_admin() { curl -sf -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' "$@"; }
as_finance() { curl -sf -u "$FINANCE_USER:$FINANCE_PASSWORD" -H 'Content-Type: application/json' "$@"; }
invoice_mails() { grep -c $'\tFacture ' "$WORK/mails.tsv" || true; }

T0=$(now_ms)
PID_A=$(start_node node-a "$PORT_A"); PIDS+=("$PID_A")
if [[ $MODE == cluster ]]; then PID_B=$(start_node node-b "$PORT_B"); PIDS+=("$PID_B"); fi
wait_up "$PORT_A"; [[ $MODE == cluster ]] && wait_up "$PORT_B"
log "node(s) up after $(( ($(now_ms) - T0) / 1000 )) s"
if [[ $MODE == cluster ]]; then
  for f in node-a node-b; do grep -qE "APPLICATION FAILED|duplicate key" "$WORK/$f.log" && { log "$f failed at start"; exit 1; }; done
fi

log "seeding $N conventions"
sql "
insert into municipality (name) select 'Entité de crash ' || i from generate_series(1, $N) i;
insert into organisation (municipality_id, type, name, enterprise_number, street, postal_code, city, billing_email, tenant_id)
  select m.id, 'COMMUNE', 'Commune de crash ' || m.id, p.digits, 'Rue de la Gare 1', '5000', 'Namur',
         'facturation-' || m.id || '@example.be', 'org-' || p.digits
  from municipality m
  cross join lateral (select lpad((2000000 + m.id)::text, 8, '0') || lpad((97 - (2000000 + m.id) % 97)::text, 2, '0') as digits) p
  where m.name like 'Entité de crash %';
insert into convention (organisation_id, status, requested_at, requester_email, monthly_fee, reduction_percent,
                        signature_date, start_date, current_term_end, limit_end)
  select o.id, 'ACTIVE', timestamp '2025-12-01 10:00', 'demandeur@example.be', 82.00, 0,
         date '2025-12-15', date '2026-01-01', date '2026-12-31', date '2029-12-31'
  from organisation o where o.name like 'Commune de crash %';"
as_admin -X POST "http://localhost:$PORT_A/engine-rest/user/create" \
  -d "{\"profile\":{\"id\":\"$FINANCE_USER\",\"firstName\":\"Finances\",\"lastName\":\"Crash\",\"email\":\"finances.crash@uvcw.be\"},\"credentials\":{\"password\":\"$FINANCE_PASSWORD\"}}" > /dev/null
as_admin -X PUT "http://localhost:$PORT_A/engine-rest/group/finance/members/$FINANCE_USER" > /dev/null

T_RUN=$(now_ms)
RUN_ID=$(as_finance -X POST "http://localhost:$PORT_A/api/billing-runs" -d "{\"billingDate\":\"$BILLING_DATE\"}" | sed -E 's/.*"runId":([0-9]+).*/\1/')
log "billing run $RUN_ID started"
TASK=""
for _ in $(seq 1 600); do
  TASK=$(as_finance "http://localhost:$PORT_A/engine-rest/task?taskDefinitionKey=VerifierFacturation" | sed -nE 's/^\[\{"id":"([^"]+)".*/\1/p')
  [[ -n $TASK ]] && break
  sleep 0.5
done
[[ -n $TASK ]] || { log "no review task"; exit 1; }
T_DRAFTED=$(now_ms)
as_finance -X POST "http://localhost:$PORT_A/engine-rest/task/$TASK/claim" -d "{\"userId\":\"$FINANCE_USER\"}" > /dev/null
as_finance -X POST "http://localhost:$PORT_A/engine-rest/task/$TASK/submit-form" -d '{"variables":{"decision":{"value":"APPROVE"}}}' > /dev/null
log "drafts ready after $(( (T_DRAFTED - T_RUN) / 1000 )) s; approved"

while (( $(invoice_mails) < KILL_AFTER )); do
  (( ($(now_ms) - T_RUN) / 1000 > TIMEOUT_S )) && { log "timeout before the kill"; exit 1; }
  sleep 0.2
done
kill -9 "$PID_A"
T_KILL=$(now_ms)
MAILS_AT_KILL=$(invoice_mails)
log "kill -9 node-a (pid $PID_A) after $MAILS_AT_KILL invoice mails"
sleep 0.5
# the jobs the dead node held: locked, by an owner that is not the surviving node's
sql "select id_ || ' ' || lock_owner_ from act_ru_job where lock_owner_ is not null and lock_exp_time_ > now()" > "$WORK/locked-at-kill.txt"

if [[ $MODE == crash ]]; then
  PID_A=$(start_node node-a "$PORT_A"); PIDS+=("$PID_A")
  wait_up "$PORT_A"
  log "node-a restarted after $(( ($(now_ms) - T_KILL) / 1000 )) s"
fi

# resumed: every job locked at the kill has run or been taken again by a live node
T_RESUMED=""
while true; do
  pending=0
  while read -r id owner; do
    [[ -z $id ]] && continue
    [[ $(sql "select count(*) from act_ru_job where id_ = '$id' and lock_owner_ = '$owner'") == 1 ]] && pending=$((pending + 1))
  done < "$WORK/locked-at-kill.txt"
  if (( pending == 0 )) && [[ -z $T_RESUMED ]]; then T_RESUMED=$(now_ms); log "the dead node's jobs resumed $(( (T_RESUMED - T_KILL) / 1000 )) s after the kill"; fi
  state=$(sql "select state from billing_run where id = $RUN_ID")
  [[ $state == COMPLETED && -n $T_RESUMED ]] && break
  (( ($(now_ms) - T_RUN) / 1000 > TIMEOUT_S )) && { log "timeout: run is $state"; break; }
  sleep 0.5
done
# With the mail outbox a completed run has queued its mails; wait until the outbox has delivered them
# (a dead node's claims expire after convention.mail.outbox.lease).
while (( $(sql "select count(*) from outgoing_mail where status in ('PENDING', 'SENDING')") > 0 )); do
  (( ($(now_ms) - T_RUN) / 1000 > TIMEOUT_S )) && { log "timeout: the outbox still holds mails"; break; }
  sleep 0.5
done
T_DONE=$(now_ms)
log "mails delivered $(( (T_DONE - T_KILL) / 1000 )) s after the kill"
sleep 2 # let the sink write the last lines

FAILED=0
check() { # label expected actual
  if [[ "$2" == "$3" ]]; then log "OK   $1: $3"; else log "FAIL $1: expected $2, got $3"; FAILED=1; fi
}
MONTHS=$(sql "select count(*) from invoice_line l join invoice i on i.id = l.invoice_id where i.run_id = $RUN_ID")
DISTINCT_MONTHS=$(sql "select count(*) from (select distinct l.convention_id, l.month from invoice_line l join invoice i on i.id = l.invoice_id where i.run_id = $RUN_ID) m")
COVERED=$(sql "select count(*) from billed_month")
INVOICES=$(sql "select count(*) from invoice where run_id = $RUN_ID")
SENT=$(sql "select count(*) from invoice where run_id = $RUN_ID and state = 'SENT'")
GAPS=$(sql "select (max(number_sequence) - min(number_sequence) + 1 - count(*)) || '/' || min(number_sequence) || '/' || (count(*) - count(distinct number_sequence)) from invoice where run_id = $RUN_ID")
RECEIVED=$(invoice_mails)
DISTINCT_RECEIVED=$(grep $'\tFacture ' "$WORK/mails.tsv" | sed -E 's/.*Facture ([0-9]{4}-[0-9]{5}).*/\1/' | sort -u | wc -l)
DUPLICATES=$((RECEIVED - DISTINCT_RECEIVED))
JOURNAL=$(sql "select count(*) from outgoing_mail where subject like 'Facture %' and status = 'SENT'")
INCIDENTS=$(sql "select count(*) from act_ru_incident")

check "invoices" "$N" "$INVOICES"
check "months billed (12 per convention)" "$((N * 12))" "$MONTHS"
check "each month once (distinct convention, month)" "$MONTHS" "$DISTINCT_MONTHS"
check "coverage rows" "$MONTHS" "$COVERED"
check "numbering: gaps/first/duplicates" "0/1/0" "$GAPS"
check "invoices SENT" "$N" "$SENT"
check "every invoice received at least once" "$N" "$DISTINCT_RECEIVED"
# One journal row per invoice mail, SENT. A mail sent twice (accepted by SMTP, then the node died
# before its row said so) has one row: received − journal = duplicates.
check "journal rows (SENT) = invoices mailed" "$DISTINCT_RECEIVED" "$JOURNAL"
check "mails received = journal rows + duplicates" "$RECEIVED" "$((JOURNAL + DUPLICATES))"
check "incidents" "0" "$INCIDENTS"
if (( DUPLICATES <= SEND_THREADS )); then log "OK   duplicates $DUPLICATES ≤ $SEND_THREADS sending threads"; else log "FAIL duplicates $DUPLICATES > $SEND_THREADS sending threads"; FAILED=1; fi

log "job log (successful jobs of the run, by node and step):"
psql -d "$DB" -c "select coalesce(act_id_, '(other)') as step, hostname_ as node, count(*) as jobs
  from act_hi_job_log where job_state_ = 2 and process_instance_id_ = (select process_instance_id from billing_run where id = $RUN_ID)
  group by 1, 2 order by 1, 2" | tee "$WORK/job-log.txt"
{
  echo "mode=$MODE conventions=$N kill_after_mails=$MAILS_AT_KILL send_threads=$SEND_THREADS"
  echo "drafting_s=$(( (T_DRAFTED - T_RUN) / 1000 )) resumed_after_kill_s=$(( (${T_RESUMED:-$T_DONE} - T_KILL) / 1000 )) kill_to_completed_s=$(( (T_DONE - T_KILL) / 1000 )) run_total_s=$(( (T_DONE - T_RUN) / 1000 ))"
  echo "invoices=$INVOICES sent=$SENT months=$MONTHS gaps/first/dup=$GAPS mails_received=$RECEIVED distinct=$DISTINCT_RECEIVED duplicates=$DUPLICATES journal=$JOURNAL incidents=$INCIDENTS"
} | tee "$WORK/report.txt"
exit $FAILED
