#!/usr/bin/env bash
# scale.sh: how onestory grows past one machine's usual corpus (issue 19).
#  1. `onestory check` over generated corpora of SIZES pages (10,000 and
#     50,000 by default): peak memory must not grow with the pages or the
#     findings, and CPU per MB must stay flat.
#  2. A corpus of MERGE_PAGES pages (100,000) checked as SHARDS shards (10),
#     each writing a part, then `onestory merge` of the parts to a JSON
#     report: the parts' size, each shard's and the merge's time and peak
#     memory.
# Run from the repository root: bench/scale.sh
#   SIZES="10000 50000" MERGE_PAGES=100000 SHARDS=10 WORK=DIR
#   ONESTORY=path/to/binary measures that binary instead of building one;
#   CORPORA=DIR keeps the corpora there (default WORK), to reuse them.
#   MERGE_PAGES=0 skips the merge; SIZES="" skips the single runs.
# The corpora take about 27 KB a page on disk (2.7 GB for 100,000 pages);
# a run's temporary files (findings spilled in sorted runs) about 0.4 KB a
# finding, in TMPDIR.
set -euo pipefail

SIZES=${SIZES-10000 50000}
MERGE_PAGES=${MERGE_PAGES-100000}
SHARDS=${SHARDS:-10}
ROOT=$(pwd)
WORK=${WORK:-$(mktemp -d)}
CORPORA=${CORPORA:-$WORK}
. "$ROOT/bench/lib.sh"

bin=${ONESTORY:-$WORK/onestory}
[ -n "${ONESTORY:-}" ] || go build -o "$bin" ./cmd/onestory
story=$ROOT/bench/story.yaml
today=2026-11-27

corpus() { # corpus N: the generated corpus of N pages, made once
	local dir=$CORPORA/corpus-$1
	if [ -d "$dir" ]; then
		:
	else
		go run ./bench/gencorpus -out "$dir" -pages "$1" >/dev/null
	fi
	echo "$dir"
}

findings() { # findings FILE: the finding count of a JSON report
	grep -o '"findings": [0-9]*' "$1" | head -1 | grep -o '[0-9]*$'
}

for n in $SIZES; do
	dir=$(corpus "$n")
	measure "check-$n" "$bin" check --story "$story" --today "$today" \
		--format json --output "$WORK/check-$n.json" --fail-on never "$dir"
done

if [ "$MERGE_PAGES" -gt 0 ]; then
	dir=$(corpus "$MERGE_PAGES")
	for i in $(seq 1 "$SHARDS"); do
		measure "shard-$i" "$bin" check --story "$story" --today "$today" \
			--shard "$i/$SHARDS" --output "part=$WORK/shard-$i.part" "$dir"
	done
	measure merge "$bin" merge --story "$story" --format json \
		--output "$WORK/merge.json" --fail-on never "$WORK"/shard-*.part
fi

header
for n in $SIZES; do
	printf '%s  findings: %s\n' "$(row "check-$n" "$(corpus_bytes "$CORPORA/corpus-$n")")" "$(findings "$WORK/check-$n.json")"
done
if [ "$MERGE_PAGES" -gt 0 ]; then
	bytes=$(corpus_bytes "$CORPORA/corpus-$MERGE_PAGES")
	for i in $(seq 1 "$SHARDS"); do
		row "shard-$i" $((bytes / SHARDS))
	done
	printf '%s  findings: %s\n' "$(row merge "$bytes")" "$(findings "$WORK/merge.json")"
	printf 'parts: %s bytes in all; report: %s bytes\n' \
		"$(cat "$WORK"/shard-*.part | wc -c)" "$(wc -c <"$WORK/merge.json")"
fi
echo "outputs and timings in $WORK"
