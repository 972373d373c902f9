#!/usr/bin/env bash
# memory.sh: peak memory of `onestory check` (every rule, JSON report to a
# file) over generated corpora of 1,000 and 10,000 pages (issue 3: under
# 300 MB, not growing with the number of files). Two corpora per size:
#   noisy: the benchmark corpus, about 29 findings a page
#   clean: only statements that agree with the story, few findings
# so that memory held per finding and per document can be told apart.
# Run from the repository root: bench/memory.sh   (SIZES="1000 10000" by default)
set -euo pipefail

SIZES=${SIZES:-1000 10000}
ROOT=$(pwd)
WORK=${WORK:-$(mktemp -d)}
. "$ROOT/bench/lib.sh"

go build -o "$WORK/onestory" ./cmd/onestory
for n in $SIZES; do
	for kind in noisy clean; do
		corpus=$WORK/mixed-$kind-$n
		if [ ! -d "$corpus" ]; then
			clean=false
			[ "$kind" = clean ] && clean=true
			go run ./bench/gencorpus -out "$corpus" -pages "$n" -clean="$clean" >/dev/null
		fi
		measure "check-$kind-$n" "$WORK/onestory" check --story "$ROOT/bench/story.yaml" \
			--today 2026-11-27 --format json --output "$WORK/check-$kind-$n.json" --fail-on never "$corpus"
	done
done

header
for n in $SIZES; do
	for kind in noisy clean; do
		name=check-$kind-$n
		printf '%s  findings: %s\n' "$(row "$name" "$(corpus_bytes "$WORK/mixed-$kind-$n")")" \
			"$(grep -o '"findings": [0-9]*' "$WORK/$name.json" | head -1 | grep -o '[0-9]*$')"
	done
done
echo "outputs and timings in $WORK"
