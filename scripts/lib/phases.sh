# Phases of a test command (scripts/test.sh, scripts/test-content.sh): each
# named and timed, the time of each printed at the end, whether it passed or not.
# Source it ('. scripts/lib/phases.sh'), then run each phase as 'phase NAME COMMAND…'.

timings=()
print_timings() {
  [ "${#timings[@]}" -gt 0 ] || return 0
  echo
  echo 'Time per phase:'
  printf '  %s\n' "${timings[@]}"
}
trap print_timings EXIT

# Runs "$@" as the phase named $1, and records how long it took.
phase() {
  local name=$1 started=$SECONDS
  shift
  echo "— $name"
  "$@"
  timings+=("$(printf '%-44s %4d s' "$name" $((SECONDS - started)))")
}
