# Runs the app's "check" for every scenario and compares its JSON with the scenario's EXPECT.
# Prints one line per scenario (result, domain, expected, got, time), the reasons under a failed
# one, and the closing line "N passed, M failed". Returns non-zero when any scenario failed.

# The command under test: $E2E_CLI, else the jar (built when missing).
resolve_cli() {
  if [ -n "${E2E_CLI:-}" ]; then
    read -r -a CLI <<<"$E2E_CLI"
    return
  fi
  if [ ! -f "$ROOT/target/mta-sts-wizard.jar" ]; then
    echo "e2e: target/mta-sts-wizard.jar missing; building it"
    (cd "$ROOT" && mvn -q -B -ntp package -DskipTests)
  fi
  CLI=(java -jar "$ROOT/target/mta-sts-wizard.jar")
}

lower() { tr '[:upper:]' '[:lower:]'; }

# in_set VALUE "A|B|C": true when VALUE is one of the alternatives (case-insensitive).
in_set() {
  local value alt
  value=$(lower <<<"$1")
  IFS='|' read -r -a alts <<<"$(lower <<<"$2")"
  for alt in "${alts[@]}"; do
    [ "$value" = "$alt" ] && return 0
  done
  return 1
}

# allows_fail ID TARGET: true when an EXPECT entry for this result (by id, or id@target) allows FAIL.
allows_fail() {
  local spec key want
  for spec in "${EXPECT[@]}"; do
    key=${spec%%=*}; want=${spec#*=}
    if [ "$key" = "$1" ] || [ "$(lower <<<"$key")" = "$(lower <<<"$1@$2")" ]; then
      in_set fail "$want" && return 0
    fi
  done
  return 1
}

# check_expectations JSON-FILE: prints one reason per unmet expectation, nothing when all hold.
# Besides the listed ids, no other result may fail: a failing scenario must fail for the reason
# it is about (results skipped because of that failure are fine).
check_expectations() {
  local json=$1 spec key want id target got statuses
  got=$(jq -r '.verdict // "none"' "$json")
  in_set "$got" "$EXPECT_VERDICT" || echo "verdict: expected $EXPECT_VERDICT, got $got"
  if [ -n "$EXPECT_DOMAIN" ]; then
    got=$(jq -r '.domain' "$json")
    [ "$got" = "$EXPECT_DOMAIN" ] || echo "domain: expected $EXPECT_DOMAIN, got $got"
  fi
  while IFS=$'\t' read -r id target; do
    [ -n "$id" ] || continue
    allows_fail "$id" "$target" || echo "$id@$target: unexpected fail: $(jq -r --arg id "$id" --arg t "$target" \
      'first(.results[] | select(.id == $id and .target == $t and .status == "fail")) | .summary' "$json")"
  done < <(jq -r '.results[] | select(.status == "fail") | [.id, .target] | @tsv' "$json")
  for spec in "${EXPECT[@]}"; do
    key=${spec%%=*}; want=${spec#*=}
    id=${key%%@*}; target=""
    [[ $key == *@* ]] && target=${key#*@}
    statuses=$(jq -r --arg id "$id" --arg target "$target" \
      '[.results[] | select(.id == $id and ($target == "" or (.target | ascii_downcase) == ($target | ascii_downcase)))
        | .status] | join(" ")' "$json")
    if [ -z "$statuses" ]; then
      echo "$key: expected $want, but there is no such result"
      continue
    fi
    for got in $statuses; do
      in_set "$got" "$want" || echo "$key: expected $want, got $got"
    done
  done
}

# run_one DIR N: checks one scenario; writes its printed line(s) to $RUN/out/N.line and then
# "ok" or "fail" to $RUN/out/N.done (last, so a reader never sees a half-written line).
run_one() {
  local dir=$1 n=$2 json start ms elapsed rc=0 verdict reasons
  scenario_load "$dir"
  json=$RUN/out/$SC_DOMAIN.json
  start=$(date +%s%N)
  # The outer timeout only keeps the suite from hanging; the scenario's own bound is checked
  # against the measured time below.
  local extra=()
  [ "$TRUST_ANCHOR" = yes ] && extra=(--trust-anchor "$DANE_ANCHORS")
  timeout $((MAX_SECONDS + 30)) "${CLI[@]}" check "$CHECK_ARG" --resolver "${RESOLVER:-$DNS_ADDR}" \
    --ca-file "$RUN/pki/CA.pem" "${extra[@]}" --json > "$json" 2> "$RUN/out/$SC_DOMAIN.err" < /dev/null || rc=$?
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  elapsed=$(printf '%d.%01d s' $((ms / 1000)) $(( (ms % 1000) / 100 )))
  if ! jq -e '.results | type == "array"' "$json" > /dev/null 2>&1; then
    verdict="no-json"
    reasons="exit code $rc and no JSON report; stderr: $(tail -n 3 "$RUN/out/$SC_DOMAIN.err" | tr '\n' ' ')"
  else
    verdict=$(jq -r '.verdict // "none"' "$json" | lower)
    reasons=$(check_expectations "$json")
    # Exit status contract (README): 0 for pass or warn, 1 when a check failed.
    case $verdict in
      pass|warn) [ "$rc" -eq 0 ] || reasons+=$'\n'"exit code $rc for verdict $verdict (expected 0)" ;;
      fail) [ "$rc" -eq 1 ] || reasons+=$'\n'"exit code $rc for verdict fail (expected 1)" ;;
    esac
  fi
  if [ "$ms" -gt $((MAX_SECONDS * 1000)) ]; then
    reasons+=$'\n'"took $elapsed, over the scenario's bound of $MAX_SECONDS s"
  fi
  reasons=$(sed '/^$/d' <<<"$reasons")
  if [ -z "$reasons" ]; then
    printf "ok    %-26s expected %-18s got %-6s %7s\n" "$CHECK_ARG" "$(lower <<<"$EXPECT_VERDICT")" "$verdict" \
      "$elapsed" > "$RUN/out/$n.line"
    echo ok > "$RUN/out/$n.done"
  else
    {
      printf "FAIL  %-26s expected %-18s got %-6s %7s\n" "$CHECK_ARG" "$(lower <<<"$EXPECT_VERDICT")" "$verdict" "$elapsed"
      sed 's/^/        /' <<<"$reasons"
      echo "        ($ABOUT)"
    } > "$RUN/out/$n.line"
    echo fail > "$RUN/out/$n.done"
  fi
}

# Runs the scenarios E2E_JOBS at a time (default 3: the checks mostly wait on the network and on
# JVM start-up) and prints their lines in scenario order as they become available.
PASSED=0
FAILED=0

run_all_scenarios() {
  local dir dirs=() pids=() n next=0 jobs=${E2E_JOBS:-3} running pid
  resolve_cli
  mkdir -p "$RUN/out"
  for dir in $(scenario_dirs); do
    scenario_load "$dir"
    # E2E_ONLY="good.test silent.test" runs a subset (the servers still serve every scenario).
    if [ -n "${E2E_ONLY:-}" ] && [[ " $E2E_ONLY " != *" $SC_DOMAIN "* ]]; then
      continue
    fi
    dirs+=("$dir")
  done
  print_ready() {
    while [ "$next" -lt "${#dirs[@]}" ] && [ -f "$RUN/out/$next.done" ]; do
      cat "$RUN/out/$next.line"
      if [ "$(cat "$RUN/out/$next.done")" = ok ]; then PASSED=$((PASSED + 1)); else FAILED=$((FAILED + 1)); fi
      wait "${pids[$next]}" 2>/dev/null || true
      next=$((next + 1))
    done
  }
  for n in "${!dirs[@]}"; do
    # Only our own check jobs are counted (the servers are background jobs of this shell too).
    while :; do
      running=0
      for pid in "${pids[@]}"; do
        kill -0 "$pid" 2>/dev/null && running=$((running + 1))
      done
      [ "$running" -lt "$jobs" ] && break
      print_ready
      sleep 0.1
    done
    (set +e; run_one "${dirs[$n]}" "$n") &
    pids[$n]=$!
    print_ready
  done
  while [ "$next" -lt "${#dirs[@]}" ]; do
    print_ready
    sleep 0.1
  done
}

# The wizard's "Check a domain" path, driven by TestFX (headless), against the same servers, row
# by row against the command line's JSON written above (good.test and deep-wildcard.test). The
# test class is not part of "mvn verify"; it is selected here with -Dtest.
run_gui_check() {
  local start ms elapsed log=$RUN/out/gui-e2e.log
  start=$(date +%s%N)
  if (cd "$ROOT" && mvn -B -ntp test-compile surefire:test -Dtest=CheckDomainRealServersE2E \
      -De2e.resolver="$DNS_ADDR" -De2e.caFile="$RUN/pki/CA.pem" -De2e.jsonDir="$RUN/out") \
      > "$log" 2>&1 < /dev/null \
      && grep -q 'Tests run: 2, Failures: 0, Errors: 0, Skipped: 0' "$log"; then
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    elapsed=$(printf '%d.%01d s' $((ms / 1000)) $(( (ms % 1000) / 100 )))
    printf "ok    %-26s expected %-18s got %-6s %7s\n" "wizard: Check a domain" "same rows as CLI" "same" "$elapsed"
    PASSED=$((PASSED + 1))
  else
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    elapsed=$(printf '%d.%01d s' $((ms / 1000)) $(( (ms % 1000) / 100 )))
    printf "FAIL  %-26s expected %-18s got %-6s %7s\n" "wizard: Check a domain" "same rows as CLI" "differ" "$elapsed"
    # The failing tests and their messages, without Maven's generic advice.
    grep -E '<<< (FAILURE|ERROR)!|Error:|AssertionFailed|shown|rows shown|expected: <|BUILD FAILURE|COMPILATION' "$log" \
      | grep -v '^\[ERROR\] *$' | awk '!seen[$0]++' | head -n 30 | sed 's/^/        /'
    FAILED=$((FAILED + 1))
  fi
}

# Every scenario's domain in one "check --from" run (the same resolver, CA and servers): each CSV
# row must hold the cells of that domain's single "check --json" written by run_all_scenarios,
# the JSON Lines the same domains and verdicts, and the exit code must follow the verdicts.
run_bulk_check() {
  local dir list=$RUN/out/bulk-list.txt csv=$RUN/out/bulk.csv jsonl=$RUN/out/bulk.jsonl rc=0 start ms elapsed
  local singles=() reasons
  : > "$list"
  for dir in $(scenario_dirs); do
    scenario_load "$dir"
    [ -f "$RUN/out/$SC_DOMAIN.json" ] || continue
    # Checked through another resolver or with other trust anchors: not comparable with this run.
    [ -z "$RESOLVER" ] && [ "$TRUST_ANCHOR" = no ] || continue
    jq -e '.results | type == "array"' "$RUN/out/$SC_DOMAIN.json" > /dev/null 2>&1 || continue
    printf '%s\n' "$CHECK_ARG" >> "$list"
    singles+=("$RUN/out/$SC_DOMAIN.json")
  done
  start=$(date +%s%N)
  timeout 300 "${CLI[@]}" check --from "$list" --resolver "$DNS_ADDR" --ca-file "$RUN/pki/CA.pem" \
    --csv "$csv" --jsonl "$jsonl" > "$RUN/out/bulk.out" 2> "$RUN/out/bulk.err" < /dev/null || rc=$?
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  elapsed=$(printf '%d.%01d s' $((ms / 1000)) $(( (ms % 1000) / 100 )))
  if [ ! -s "$csv" ]; then
    reasons="exit code $rc and no CSV; stderr: $(tail -n 3 "$RUN/out/bulk.err" | tr '\n' ' ')"
  else
    reasons=$(python3 "$E2E_DIR/lib/bulk_compare.py" "$csv" "$jsonl" "$rc" "${singles[@]}" 2> "$RUN/out/bulk-compare.err")
  fi
  if [ -z "$reasons" ]; then
    printf "ok    %-26s expected %-18s got %-6s %7s\n" "check --from (${#singles[@]})" "rows = single JSON" "same" "$elapsed"
    PASSED=$((PASSED + 1))
  else
    printf "FAIL  %-26s expected %-18s got %-6s %7s\n" "check --from (${#singles[@]})" "rows = single JSON" "differ" "$elapsed"
    head -n 30 <<<"$reasons" | sed 's/^/        /'
    FAILED=$((FAILED + 1))
  fi
}

# The closing lines; returns non-zero when anything failed.
report_totals() {
  echo "e2e: whole suite (install check, servers, checks) took $((SECONDS - ${suite_start:-0})) s"
  echo "$PASSED passed, $FAILED failed"
  [ "$FAILED" -eq 0 ]
}
