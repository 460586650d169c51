#!/usr/bin/env bash
# The one test command. Works from a fresh clone: installs what the tests need when it is absent, then runs
# the whole suite and prints one summary line.
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '== %s\n' "$*"; }

require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "dotnet (SDK 10) is required: https://dotnet.microsoft.com/download" >&2
    exit 1
  fi
}

# Debian's Chromium for the dashboard browser test (Playwright drives it by path; nothing downloads a browser).
# If the install fails, the browser test fails and says why (a skipped browser test would prove nothing).
ensure_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  log "installing chromium (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  if ! { apt-get -qq -o DPkg::Lock::Timeout=600 update >/dev/null &&
         apt-get -qq -y -o DPkg::Lock::Timeout=600 install chromium >/dev/null; }; then
    echo "warning: could not install chromium; the dashboard browser test cannot run" >&2
  fi
}

# LibreOffice Writer (headless) converts one agreement draft, as a reader's office suite would open it. Optional:
# without it the draft is still checked by the Open XML SDK's validator, so a failed install is only a warning.
ensure_libreoffice() {
  [ -x /usr/bin/soffice ] && return 0
  log "installing libreoffice-writer-nogui (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  if ! { apt-get -qq -o DPkg::Lock::Timeout=600 update >/dev/null &&
         apt-get -qq -y -o DPkg::Lock::Timeout=600 install --no-install-recommends libreoffice-writer-nogui >/dev/null; }; then
    echo "warning: could not install libreoffice-writer-nogui; the agreement draft is checked with the Open XML validator only" >&2
  fi
}

# The PostgreSQL tests start their own server from Debian's binaries (initdb, pg_ctl) in a temp folder; the
# package's own service is never started. Installed only when absent, so a second run costs nothing.
ensure_postgresql() {
  if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    return
  fi
  log "installing postgresql (apt-get)"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  # A temporary policy-rc.d (exit 101) stops the package's scripts from starting the Debian cluster service.
  local policy=/usr/sbin/policy-rc.d added=""
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null && $sudo chmod +x "$policy" && added=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  [ -z "$added" ] || $sudo rm -f "$policy"
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || { echo "postgresql did not install" >&2; exit 1; }
}

# Each step is guarded by "already there?", so a second run costs nothing.
prepare() {
  require_dotnet
  ensure_postgresql
  ensure_chromium
  ensure_libreoffice
}

run_tests() {
  local results="TestResults"
  rm -rf "$results"
  log "dotnet test PartnershipBot.sln"
  set +e
  dotnet test PartnershipBot.sln --nologo --logger "trx" --results-directory "$results" "$@"
  local status=$?
  set -e
  # Only on a whole-suite run (no extra arguments such as --filter) that passed.
  if [ "$status" -eq 0 ] && [ "$#" -eq 0 ] && ! bench_smoke "$results"; then
    status=1
  fi
  summarize "$results" "$status"
  return "$status"
}

# Every bench scenario once with a handful of operations, so bench/ cannot rot; its figures mean nothing here
# (`dotnet run -c Release --project bench -- all` measures).
bench_smoke() {
  local output="$1/bench-smoke.txt"
  log "bench smoke: dotnet run --project bench -- all --quick"
  if ! dotnet run --project bench -- all --quick > "$output" 2>&1; then
    tail -n 40 "$output" >&2
    echo "bench smoke run failed (all of it in $output)" >&2
    return 1
  fi
  # The profile verb too: an EventPipe session on the bench's own process, read back into a report (ok only
  # when the trace held CPU samples and allocation ticks).
  log "bench smoke: dotnet run --project bench -- profile teams.32conn --quick"
  if ! dotnet run --project bench -- profile teams.32conn --quick >> "$output" 2>&1; then
    tail -n 40 "$output" >&2
    echo "bench profile smoke run failed (all of it in $output)" >&2
    return 1
  fi
  grep '^BENCH ' "$output" | sed 's/^/   /'
}

summarize() {
  local results="$1" status="$2" total=0 passed=0 failed=0 skipped=0
  for trx in "$results"/*.trx; do
    [ -e "$trx" ] || continue
    local counters
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n1)
    total=$((total + $(attr "$counters" total)))
    passed=$((passed + $(attr "$counters" passed)))
    failed=$((failed + $(attr "$counters" failed)))
    skipped=$((skipped + $(attr "$counters" notExecuted)))
  done
  local verdict="PASSED"
  [ "$status" -eq 0 ] || verdict="FAILED"
  echo "TEST SUMMARY: $verdict - total $total, passed $passed, failed $failed, skipped $skipped"
}

attr() { printf '%s' "$1" | sed -n "s/.* $2=\"\([0-9]*\)\".*/\1/p" | grep . || echo 0; }

prepare
run_tests "$@"
