package eval

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/onestory/onestory/draft"
	"github.com/onestory/onestory/story"
)

// draftCorpus is a real corpus the draft is judged on: its verdicts on the
// draft's entries and, where a careful reader listed the canonical facts, a
// key to recognise them.
type draftCorpus struct {
	name, root string
	verdicts   string // kind<TAB>first place<TAB>entry key<TAB>true|false|?<TAB>why; true = keep
	key        string // "" when there is no key
	canonical  int    // facts the key lists
}

func draftCorpora() []draftCorpus {
	return []draftCorpus{
		{name: "sourcegraph", root: "../shared/eval/corpus/sourcegraph-handbook",
			verdicts: "eval/sourcegraph/draft-verdicts.tsv", key: "eval/sourcegraph/draft-key.tsv", canonical: 18},
		{name: "posthog", root: "../shared/eval/corpus/posthog.com",
			verdicts: "eval/posthog/draft-verdicts.tsv"},
	}
}

// TestDraftAccuracy drafts a story from each real corpus as `onestory init
// --from CORPUS` does and judges it: how many of the canonical facts of the
// answer key it proposes as entries (go test ./eval -run DraftAccuracy -v
// prints "proposes K of 18"), and what share of its entries a reviewer
// would delete, from the hand-written verdicts. It fails on an entry with
// no verdict or the verdict ?; -update-pending appends the former, and
// -drop-resolved removes the verdicts of entries no longer proposed.
func TestDraftAccuracy(t *testing.T) {
	if testing.Short() {
		t.Skip("short: drafting a real corpus takes seconds")
	}
	t.Chdir("..")
	for _, c := range draftCorpora() {
		t.Run(c.name, func(t *testing.T) {
			if _, err := os.Stat(c.root); err != nil {
				if os.Getenv("CI") != "" {
					t.Fatalf("real corpus: %v", err)
				}
				t.Skipf("real corpus absent (it lives in ../shared/eval/corpus): %v", err)
			}
			d, err := draft.FromSources(t.Context(), draft.Config{Sources: []string{c.root}})
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := d.WriteYAML(&buf); err != nil {
				t.Fatal(err)
			}
			if _, err := story.Parse("draft.yaml", buf.Bytes()); err != nil {
				t.Fatalf("the draft does not load: %v", err)
			}
			entries := Entries(d, c.root)
			if c.key != "" {
				logKey(t, c, entries)
			}
			judgeEntries(t, c, entries)
		})
	}
}

// logKey prints which canonical facts the draft proposes and by which
// entries.
func logKey(t *testing.T, c draftCorpus, entries []Entry) {
	t.Helper()
	items, err := ReadKey(c.key)
	if err != nil {
		t.Fatal(err)
	}
	scores := Score(items, entries)
	if len(scores) != c.canonical {
		t.Fatalf("%s lists %d facts, want %d", c.key, len(scores), c.canonical)
	}
	var (
		b          strings.Builder
		sum        float64
		full, part int
	)
	for _, s := range scores {
		share := float64(s.Found) / float64(s.Items)
		sum += share
		switch {
		case s.Found == s.Items:
			full++
		case s.Found > 0:
			part++
		}
		fmt.Fprintf(&b, "  %-4s %d/%d  %s\n", s.Fact, s.Found, s.Items, strings.Join(s.By, " | "))
	}
	t.Logf("%s: the draft proposes %.1f of %d canonical facts (%.0f%%; %d whole, %d in part) in %d entries\n%s",
		c.name, sum, c.canonical, 100*sum/float64(c.canonical), full, part, len(entries), b.String())
}

// judgeEntries matches each entry with its verdict by kind and key, prints
// the share a reviewer would delete, and fails on entries not judged.
func judgeEntries(t *testing.T, c draftCorpus, entries []Entry) {
	t.Helper()
	verdicts, err := ReadVerdicts(c.verdicts)
	if err != nil {
		t.Fatal(err)
	}
	byKey := map[string]Verdict{}
	for _, v := range verdicts {
		byKey[v.Rule+"\t"+v.Key] = v
	}
	var (
		keep, del int
		pending   []string
		byKind    = map[string][2]int{}
	)
	for _, e := range entries {
		v, ok := byKey[e.Kind+"\t"+e.Key]
		switch {
		case !ok:
			pending = append(pending, strings.Join([]string{e.Kind, e.Place, oneLine(e.Key, 300), "?", ""}, "\t"))
		case v.Verdict == "true":
			keep++
			k := byKind[e.Kind]
			k[0]++
			byKind[e.Kind] = k
		case v.Verdict == "false":
			del++
			k := byKind[e.Kind]
			k[1]++
			byKind[e.Kind] = k
		default:
			t.Errorf("%s:%d: %s %q still has the verdict ?: write true (keep) or false (delete) and why", c.verdicts, v.Line, v.Rule, v.Key)
		}
	}
	present := map[string]bool{}
	for _, e := range entries {
		present[e.Kind+"\t"+e.Key] = true
	}
	var resolved []Verdict
	for _, v := range verdicts {
		if !present[v.Rule+"\t"+v.Key] {
			resolved = append(resolved, v)
		}
	}
	if len(resolved) > 0 && *dropResolved {
		if err := dropLines(c.verdicts, resolved); err != nil {
			t.Fatal(err)
		}
		t.Logf("dropped %d verdicts of entries the draft no longer proposes from %s", len(resolved), c.verdicts)
	} else if len(resolved) > 0 {
		t.Logf("%d verdicts judge entries the draft no longer proposes (-drop-resolved removes them)", len(resolved))
	}
	var b strings.Builder
	for _, k := range sortedKinds(byKind) {
		fmt.Fprintf(&b, "  %-8s keep %d, delete %d\n", k, byKind[k][0], byKind[k][1])
	}
	if keep+del > 0 {
		t.Logf("%s: %d entries judged, a reviewer deletes %d (%.0f%%)\n%s", c.name, keep+del, del, 100*float64(del)/float64(keep+del), b.String())
	}
	if len(pending) == 0 {
		return
	}
	if !*updatePending {
		t.Errorf("%d draft entries have no verdict in %s (add them with go test ./eval -run DraftAccuracy -update-pending, then judge each ?):\n%s",
			len(pending), c.verdicts, strings.Join(pending, "\n"))
		return
	}
	if err := appendDraftLines(c.verdicts, pending); err != nil {
		t.Fatal(err)
	}
	t.Errorf("%d draft entries without a verdict appended to %s with the verdict ?: judge each one", len(pending), c.verdicts)
}

func sortedKinds(m map[string][2]int) []string {
	var out []string
	for _, k := range []string{"product", "plan", "fact", "policy", "claim", "message", "term"} {
		if _, ok := m[k]; ok {
			out = append(out, k)
		}
	}
	return out
}

// draftVerdictHeader starts a new draft verdict file.
const draftVerdictHeader = "# kind\tfirst place\tentry key\ttrue (keep)|false (delete)|?\twhy\n"

func appendDraftLines(path string, lines []string) error {
	if _, err := os.Stat(path); os.IsNotExist(err) {
		if err := os.WriteFile(path, []byte(draftVerdictHeader), 0o644); err != nil {
			return err
		}
	}
	return appendLines(path, lines)
}
