#!/usr/bin/env bash
# Whole-process speed of adieu on a release build, the figures the README quotes:
#   1. one letter as a whole process (hyperfine: median, min, max);
#   2. a batch of COUNT generated cases (default 10 000) in one process: letters per
#      second from hyperfine's median (min and max too), and peak memory from
#      /usr/bin/time -v; written to disk, and to a tmpfs to leave the disk out.
# Installs hyperfine and GNU time from Debian when they are missing. Not run by CI:
# timings need a quiet machine, so run it by hand (`bash bench/compare.sh`).
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${COUNT:-10000}
RUNS_ONE=${RUNS_ONE:-300}
RUNS_BATCH=${RUNS_BATCH:-10}

install() {
    if ! command -v apt-get >/dev/null; then
        echo "bench/compare.sh: install $1 (it provides $2) and run again" >&2
        exit 1
    fi
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get install -y "$1" >/dev/null 2>&1 ||
        { "${sudo[@]}" apt-get update >/dev/null && "${sudo[@]}" apt-get install -y "$1" >/dev/null; }
}
command -v hyperfine >/dev/null || install hyperfine hyperfine
[ -x /usr/bin/time ] || install time /usr/bin/time

cargo build --release --quiet --bin adieu --example gen_cases
adieu=target/release/adieu
work=target/bench
rm -rf "$work"
mkdir -p "$work"
target/release/examples/gen_cases "$COUNT" "$work/cases"

# hyperfine's JSON holds every run; print median, min and max in milliseconds.
figures() {
    python3 - "$1" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f'{r["median"]*1e3:.2f} {r["min"]*1e3:.2f} {r["max"]*1e3:.2f}')
EOF
}

echo "== one letter as a whole process ($RUNS_ONE runs)"
hyperfine --style basic -N --warmup 30 --runs "$RUNS_ONE" \
    --export-json "$work/one.json" "$adieu letter examples/en-capacity.yaml"
read -r median min max < <(figures "$work/one.json")

# The batch is measured twice: writing to the work folder's disk, and to a tmpfs
# (/dev/shm) when there is one, which leaves out what the disk costs. Creating a file
# costs the kernel ~100 µs on this VM's ext4 and ~4 µs on tmpfs, which no program
# can avoid; the tmpfs figure is adieu's own.
batch() { # NAME OUTDIR
    local name=$1 out=$2
    echo "== a batch of $COUNT cases in one process, into $out ($RUNS_BATCH runs)"
    # The shell expands the glob into COUNT arguments, as it would for a user.
    hyperfine --style basic --warmup 1 --runs "$RUNS_BATCH" \
        --prepare "rm -rf $out" \
        --export-json "$work/$name.json" "$adieu letter $work/cases/*.yaml -o $out/ --quiet"
    rm -rf "$out"
    /usr/bin/time -v -o "$work/$name.time" sh -c "$adieu letter $work/cases/*.yaml -o $out/ --quiet"
    written=$(find "$out" -type f | wc -l)
    rm -rf "$out"
}
per_second() { awk -v n="$COUNT" -v ms="$1" 'BEGIN { printf "%.0f", n / (ms / 1000) }'; }
report() { # NAME LABEL
    local bmedian bmin bmax peak_kb
    read -r bmedian bmin bmax < <(figures "$work/$1.json")
    peak_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/$1.time")
    echo "batch of $COUNT letters, $2: median $bmedian ms (min $bmin, max $bmax)" \
        "= $(per_second "$bmedian") letters/s (best $(per_second "$bmin"), worst $(per_second "$bmax")), peak memory $((peak_kb / 1024)) MiB"
}

batch disk "$work/out"
disk_written=$written
shm=
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
    shm=$(mktemp -d /dev/shm/adieu-bench.XXXXXX)
    trap 'rm -rf "$shm"' EXIT
    batch tmpfs "$shm/out"
fi

echo
echo "one letter, whole process: median $median ms (min $min, max $max)"
report disk "into $work/out/ ($disk_written files)"
[ -z "$shm" ] || report tmpfs "into a tmpfs ($written files)"
