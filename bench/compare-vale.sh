#!/usr/bin/env bash
# compare-vale.sh: onestory against Vale on a generated Markdown corpus
# (issue 6). It writes PAGES (default 10000) Markdown pages of 10–40 KB
# with check/gen_test.go, then runs, each under /usr/bin/time -v:
#   vale           with bench/vale (terminology, product names, forbidden claims)
#   onestory-all   with bench/story.yaml (every rule)
#   onestory-terms with bench/story-terms.yaml (term, product-name, forbidden-claim)
# and prints CPU seconds, MB per CPU-second and max RSS for each.
# Run from the repository root: bench/compare-vale.sh
# Needs vale on PATH (or VALE=/path/to/vale):
#   go install github.com/vale-cli/vale/v3/cmd/vale@v3.21.0
set -euo pipefail

PAGES=${PAGES:-10000}
VALE=${VALE:-$(command -v vale || echo "$(go env GOPATH)/bin/vale")}
ROOT=$(pwd)
WORK=${WORK:-$(mktemp -d)}
. "$ROOT/bench/lib.sh"

[ -x "$VALE" ] || { echo "vale not found: go install github.com/vale-cli/vale/v3/cmd/vale@v3.21.0" >&2; exit 2; }
corpus=$WORK/markdown-$PAGES
if [ ! -d "$corpus" ]; then
	go run ./bench/gencorpus -out "$corpus" -pages "$PAGES" -format markdown >/dev/null
fi
go build -o "$WORK/onestory" ./cmd/onestory
bytes=$(corpus_bytes "$corpus")
echo "corpus: $corpus, $PAGES Markdown pages, $((bytes / 1000000)) MB; $("$VALE" --version)"

(cd "$corpus" && measure vale "$VALE" --config "$ROOT/bench/vale/.vale.ini" --output line --no-exit .)
for run in all terms; do
	story=$ROOT/bench/story.yaml
	[ "$run" = terms ] && story=$ROOT/bench/story-terms.yaml
	measure "onestory-$run" "$WORK/onestory" check --story "$story" --today 2026-11-27 \
		--format json --fail-on never "$corpus"
done

header
for run in vale onestory-all onestory-terms; do row "$run" "$bytes"; done
echo "alerts: vale $(wc -l <"$WORK/vale.out")," \
	"onestory-all $(grep -o '"findings": [0-9]*' "$WORK/onestory-all.out" | head -1 | grep -o '[0-9]*')," \
	"onestory-terms $(grep -o '"findings": [0-9]*' "$WORK/onestory-terms.out" | head -1 | grep -o '[0-9]*')"
echo "outputs and timings in $WORK"
