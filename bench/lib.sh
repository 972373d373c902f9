# Shared helpers of the bench/ scripts; sourced, not run. They expect
# $WORK, the directory where corpora, outputs and timings are written.

# measure NAME CMD...: runs CMD under /usr/bin/time -v, keeping its output
# in $WORK/NAME.out and NAME.err and the timing in $WORK/NAME.time. A
# non-zero exit is expected (findings); a run that did not finish is fatal.
measure() {
	local name=$1
	shift
	/usr/bin/time -v -o "$WORK/$name.time" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" || true
	if ! grep -q 'Exit status: [01]$' "$WORK/$name.time"; then
		echo "$name failed: see $WORK/$name.err and $WORK/$name.time" >&2
		exit 1
	fi
}

# corpus_bytes DIR: the total size of the files under DIR.
corpus_bytes() {
	find "$1" -type f -printf '%s\n' | awk '{s += $1} END {printf "%.0f\n", s}'
}

# header: the title line of the results table.
header() {
	printf '%-24s %8s %10s %11s %9s\n' run cpu-s MB/cpu-s max-RSS-MB wall
}

# row NAME BYTES: one line of the results table from $WORK/NAME.time.
row() {
	awk -v name="$1" -v bytes="$2" '
		/User time/ {u = $NF}
		/System time/ {s = $NF}
		/Elapsed/ {w = $NF}
		/Maximum resident/ {rss = $NF}
		END {cpu = u + s; printf "%-24s %8.1f %10.2f %11.0f %9s\n", name, cpu, bytes / 1e6 / cpu, rss / 1024, w}
	' "$WORK/$1.time"
}
