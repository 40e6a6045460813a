#!/usr/bin/env bash
# Crash tests of a billing run, outside the test JVM (docs/operations.md, docs/billing.md).
#
#   scripts/crash-test.sh                      # MODE=crash: one node, kill -9 during sending, restart it
#   MODE=cluster N=1000 scripts/crash-test.sh  # two nodes started at once on an empty database, kill -9 one mid-run
#
# It builds the jar (or uses JAR=…), drops and creates the database DB, starts an SMTP sink in its
# own JVM (scripts/SmtpSink.java: it survives the kill and records every mail it accepts), starts the
# node(s), seeds N conventions, starts a billing run through /api, approves it through /engine-rest,
# kills node-a with kill -9 at KILL_AT, restarts it (MODE=crash) or lets the other node finish
# (MODE=cluster), waits for the run to complete and the outbox to be empty, and checks with SQL:
# every month billed once, no numbering gap, every invoice SENT, duplicates ≤ sending threads,
# one journal row per invoice mailed (received = journal rows + duplicates), no incident. Prints the
# figures: chunks and mails by node, times from the kill, load average; exit status 1 when a check fails.
#
# KILL_AT: mails:K (once K invoice mails were received; MODE=crash default: N/3),
#          drafting:K, issuing:K or sending:K (once K chunks of that phase are done; MODE=cluster
#          default: issuing:<a third of the chunks>, so chunks are still being worked at the kill).
# Everything that could collide with another run on the host is a variable: DB, SMTP_PORT, PORT_A,
# PORT_B, WORK; CHUNK_SIZE sets convention.billing.chunk-size (default: the application's, 100).
# Needs: Java 17, psql, curl; PostgreSQL at PGHOST:PGPORT (user PGUSER, superuser to create DB).
set -euo pipefail

MODE=${MODE:-crash}
N=${N:-2001}
DB=${DB:-cluster_crash}
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
SMTP_PORT=${SMTP_PORT:-3946}
PORT_A=${PORT_A:-8186}; PORT_B=${PORT_B:-8196}
KILL_AT=${KILL_AT:-}                       # see above; the default depends on MODE
CHUNK_SIZE=${CHUNK_SIZE:-}
SEND_THREADS=${SEND_THREADS:-5}
BILLING_DATE=${BILLING_DATE:-2026-07-01}   # conventions start 2026-01-01: 12 months each (Jan–Dec 2026)
TIMEOUT_S=${TIMEOUT_S:-900}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${WORK:-$(mktemp -d /tmp/convention-crash.XXXXXX)}; mkdir -p "$WORK"
ADMIN_PASSWORD=crash-test-admin-password
FINANCE_USER=finance.crash; FINANCE_PASSWORD=crash-test-finance-password
PIDS=()

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
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
    java -Xmx1g -jar "$JAR" ${CHUNK_SIZE:+--convention.billing.chunk-size=$CHUNK_SIZE} >> "$WORK/$1.log" 2>&1 &
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

CHUNKS=$(sql "select chunk_count from billing_run where id = $RUN_ID")
PI=$(sql "select process_instance_id from billing_run where id = $RUN_ID")
declare -A STEP=([drafting]=PreparerFacturesParLot [issuing]=EmettreFacturesParLot [sending]=EnvoyerFacturesParLot)
chunks_done() { # phase -> chunks of that phase done (successful jobs in the job log)
  sql "select count(*) from act_hi_job_log where process_instance_id_ = '$PI' and act_id_ = '${STEP[$1]}' and job_state_ = 2"
}
progress() {
  echo "drafting $(chunks_done drafting)/$CHUNKS, issuing $(chunks_done issuing)/$CHUNKS, sending $(chunks_done sending)/$CHUNKS chunks done; $(invoice_mails) invoice mails received"
}
[[ -n $KILL_AT ]] || if [[ $MODE == cluster ]]; then KILL_AT=issuing:$(( (CHUNKS + 2) / 3 )); else KILL_AT=mails:$((N / 3)); fi
KILL_WHAT=${KILL_AT%%:*}; KILL_COUNT=${KILL_AT#*:}
log "$CHUNKS chunks per phase; kill -9 node-a at $KILL_AT"
reached() {
  if [[ $KILL_WHAT == mails ]]; then (( $(invoice_mails) >= KILL_COUNT )); else (( $(chunks_done "$KILL_WHAT") >= KILL_COUNT )); fi
}
until reached; do
  (( ($(now_ms) - T_RUN) / 1000 > TIMEOUT_S )) && { log "timeout before the kill"; exit 1; }
  sleep 0.1
done
kill -9 "$PID_A"
T_KILL=$(now_ms)
LOAD_AT_KILL=$(load)
AT_KILL=$(progress)
log "kill -9 node-a (pid $PID_A): $AT_KILL; load $LOAD_AT_KILL"
sleep 0.5
# the jobs locked at the kill (the dead node's and the survivor's: an owner is a job executor, not a name)
sql "select id_ || ' ' || lock_owner_ from act_ru_job where lock_owner_ is not null and lock_exp_time_ > now()" > "$WORK/locked-at-kill.txt"
# the mails the dead node had claimed and not yet marked SENT
sql "select id from outgoing_mail where status = 'SENDING' and claimed_by = 'node-a'" > "$WORK/claimed-at-kill.txt"
CLAIMED_AT_KILL=$(grep -c . "$WORK/claimed-at-kill.txt" || true)
IN_FLIGHT_JOBS=$(sql "select count(*) from act_ru_job where process_instance_id_ = '$PI' and lock_owner_ is not null and lock_exp_time_ > now()")
log "at the kill: $IN_FLIGHT_JOBS jobs of the run locked, $CLAIMED_AT_KILL mails claimed by node-a"

if [[ $MODE == crash ]]; then
  PID_A=$(start_node node-a "$PORT_A"); PIDS+=("$PID_A")
  wait_up "$PORT_A"
  log "node-a restarted after $(( ($(now_ms) - T_KILL) / 1000 )) s"
fi

# resumed: every job locked at the kill has run or been taken again by a live node; every mail the
# dead node had claimed has been sent (by a live node)
T_RESUMED=""; T_MAILS_RESUMED=""; T_COMPLETED=""
[[ $CLAIMED_AT_KILL == 0 ]] && T_MAILS_RESUMED=$T_KILL
while true; do
  pending=0
  while read -r id owner; do
    [[ -z $id ]] && continue
    [[ $(sql "select count(*) from act_ru_job where id_ = '$id' and lock_owner_ = '$owner'") == 1 ]] && pending=$((pending + 1))
  done < "$WORK/locked-at-kill.txt"
  if (( pending == 0 )) && [[ -z $T_RESUMED ]]; then T_RESUMED=$(now_ms); log "the jobs locked at the kill ran again $(( (T_RESUMED - T_KILL) / 1000 )) s after it"; fi
  if [[ -z $T_MAILS_RESUMED ]] && [[ $(sql "select count(*) from outgoing_mail where id in (select unnest(string_to_array('$(paste -sd, "$WORK/claimed-at-kill.txt")', ',')::bigint[])) and status <> 'SENT'") == 0 ]]; then
    T_MAILS_RESUMED=$(now_ms); log "the $CLAIMED_AT_KILL mails node-a had claimed were sent $(( (T_MAILS_RESUMED - T_KILL) / 1000 )) s after the kill"
  fi
  state=$(sql "select state from billing_run where id = $RUN_ID")
  if [[ $state == COMPLETED && -z $T_COMPLETED ]]; then T_COMPLETED=$(now_ms); log "run COMPLETED $(( (T_COMPLETED - T_KILL) / 1000 )) s after the kill"; fi
  [[ -n $T_COMPLETED && -n $T_RESUMED && -n $T_MAILS_RESUMED ]] && break
  (( ($(now_ms) - T_RUN) / 1000 > TIMEOUT_S )) && { log "timeout: run is $state"; break; }
  sleep 0.5
done
# With the mail outbox a completed run has queued its mails; wait until the outbox has delivered them.
while (( $(sql "select count(*) from outgoing_mail where status in ('PENDING', 'SENDING')") > 0 )); do
  (( ($(now_ms) - T_RUN) / 1000 > TIMEOUT_S )) && { log "timeout: the outbox still holds mails"; break; }
  sleep 0.5
done
T_DONE=$(now_ms)
LOAD_AT_END=$(load)
log "every mail delivered $(( (T_DONE - T_KILL) / 1000 )) s after the kill; load $LOAD_AT_END"
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

log "job log (successful jobs of the run, by step and node):"
psql -d "$DB" -c "select coalesce(act_id_, '(other)') as step, hostname_ as node, count(*) as jobs
  from act_hi_job_log where job_state_ = 2 and process_instance_id_ = '$PI'
  group by 1, 2 order by 1, 2" | tee "$WORK/job-log.txt"
by_node() { # phase -> "node-a 4, node-b 6"
  sql "select string_agg(hostname_ || ' ' || n, ', ' order by hostname_) from (select hostname_, count(*) n from act_hi_job_log
       where process_instance_id_ = '$PI' and act_id_ = '${STEP[$1]}' and job_state_ = 2 group by 1) c"
}
MAILS_BY_NODE=$(sql "select string_agg(claimed_by || ' ' || n, ', ' order by claimed_by) from (select claimed_by, count(*) n from outgoing_mail
  where subject like 'Facture %' and status = 'SENT' group by 1) c")
RESUMED_BY=$(sql "select coalesce(string_agg(distinct claimed_by, ', '), '-') from outgoing_mail where id in
  (select unnest(string_to_array('$(paste -sd, "$WORK/claimed-at-kill.txt")', ',')::bigint[]))")
secs() { [[ -n $1 ]] && echo $(( ($1 - T_KILL) / 1000 )) || echo "-"; }
{
  echo "mode=$MODE conventions=$N chunks_per_phase=$CHUNKS kill_at=$KILL_AT send_threads=$SEND_THREADS"
  echo "at_kill: $AT_KILL; run jobs locked=$IN_FLIGHT_JOBS; mails claimed by node-a=$CLAIMED_AT_KILL; load=$LOAD_AT_KILL"
  echo "chunks by node: drafting [$(by_node drafting)] issuing [$(by_node issuing)] sending [$(by_node sending)]"
  echo "invoice mails by sending node: [$MAILS_BY_NODE]; node-a's claims at the kill sent by: [$RESUMED_BY]"
  echo "drafting_s=$(( (T_DRAFTED - T_RUN) / 1000 )) after_kill_s: jobs_resumed=$(secs "$T_RESUMED") mails_resumed=$(secs "$T_MAILS_RESUMED") run_completed=$(secs "$T_COMPLETED") all_mails_delivered=$(secs "$T_DONE") run_total_s=$(( (T_DONE - T_RUN) / 1000 )) load_at_end=$LOAD_AT_END"
  echo "invoices=$INVOICES sent=$SENT months=$MONTHS gaps/first/dup=$GAPS mails_received=$RECEIVED distinct=$DISTINCT_RECEIVED duplicates=$DUPLICATES journal=$JOURNAL incidents=$INCIDENTS"
} | tee "$WORK/report.txt"
exit $FAILED
