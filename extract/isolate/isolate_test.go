package isolate

import (
	"context"
	"errors"
	"github.com/onestory/onestory/format"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/reader"
	"github.com/onestory/onestory/internal/hostile"
)

func TestMain(m *testing.M) {
	Main()
	os.Exit(m.Run())
}

// good returns the bundled collateral and content: one file of each
// isolated format the example company has.
func good(t *testing.T) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	for _, p := range []string{
		"collateral/kestrel-onepager.pdf", "collateral/kestrel-pitch.pptx",
		"collateral/kestrel-proposal.docx", "content/blog/launch.md",
	} {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", p))
		if err != nil {
			t.Fatal(err)
		}
		files[p] = b
	}
	files["front-matter.md"] = []byte("---\ntitle: T\ndate: 2026-01-02\ntags: [a, b]\nnested: {n: 1, f: 2.5, ok: true}\n---\n# Head\n\nText.\n")
	return files
}

// inChild reads data in one of p's children whatever its format and size
// (Pool.Extract reads small Markdown in process).
func inChild(p *Pool, fm format.Format, source string, data []byte) (*extract.Text, error) {
	pr := <-p.slots
	t, pr, err := p.read(context.Background(), pr, request{Format: fm, Source: source, Data: data})
	p.slots <- pr
	return t, err
}

// TestIsolated checks which documents go to a child: binary formats always,
// Markdown only when long or full of inline openers, HTML and text never.
func TestIsolated(t *testing.T) {
	plain := []byte(strings.Repeat("Plain words of a page, with [a link](x) now and then.\n", 100))
	for _, tc := range []struct {
		format format.Format
		data   []byte
		want   bool
	}{
		{"pdf", nil, true}, {"pptx", nil, true}, {"docx", nil, true}, {"odt", nil, true}, {"odp", nil, true},
		{"html", []byte(strings.Repeat("[a](", 50_000)), false}, {"text", nil, false},
		{"markdown", plain, false},
		{"mdx", plain, false},
		{"markdown", []byte(strings.Repeat("x", 64<<10+1)), true},
		{"markdown", []byte(strings.Repeat("[a](", 1100)), true}, // 2,200 openers in 4 KB
		{"markdown", []byte(strings.Repeat("`", 2049)), true},
		{"markdown", []byte(strings.Repeat("*", 2048)), false},
	} {
		if got := Isolated(tc.format, tc.data); got != tc.want {
			t.Errorf("Isolated(%s, %d bytes) = %v, want %v", tc.format, len(tc.data), got, tc.want)
		}
	}
}

// TestPoolReadsAsInProcess checks that a document read in a child is the
// document read in process, front matter included, from one child reused.
func TestPoolReadsAsInProcess(t *testing.T) {
	p, err := New(Budget{Timeout: time.Minute, Memory: 1 << 30}, 1)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	for name, data := range good(t) {
		want, err := reader.Extract(context.Background(), format.FromName(name), name, data)
		if err != nil {
			t.Fatal(err)
		}
		got, err := inChild(p, format.FromName(name), name, data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: read in a child:\n%+v\nin process:\n%+v", name, got, want)
		}
	}
}

// TestPoolTimeLimit checks that a document past the time limit is an error
// naming it, and that the next document gets a fresh child.
func TestPoolTimeLimit(t *testing.T) {
	p, err := New(Budget{Timeout: time.Second}, 1)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	slow := []byte(strings.Repeat("[a](", 50_000))
	_, err = p.Extract(context.Background(), "markdown", "slow.md", slow)
	if !errors.Is(err, ErrTimeLimit) || err.Error() != "reading it took longer than 1s, the time limit for one document" {
		t.Fatalf("error %v, want the time limit", err)
	}
	if _, err := p.Extract(context.Background(), "markdown", "ok.md", []byte("# fine\n")); err != nil {
		t.Fatalf("the next document: %v", err)
	}
}

// TestPoolMemoryLimit checks that a document past the memory limit is an
// error naming it, whether the child dies of its address-space limit or the
// parent kills it (a race build), and that the run goes on.
func TestPoolMemoryLimit(t *testing.T) {
	p, err := New(Budget{Timeout: time.Minute, Memory: 96 << 20}, 1)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	// a 63 MB string: under the content-stream cap, over the budget once
	// the library's lexer has grown its buffer for it and copied it
	_, err = p.Extract(context.Background(), "pdf", "bomb.pdf", hostile.InflateBomb(63<<20))
	if !errors.Is(err, ErrMemoryLimit) || err.Error() != "reading it exceeded the memory limit of 96 MB for one document" {
		t.Fatalf("error %v, want the memory limit", err)
	}
	data := good(t)["collateral/kestrel-onepager.pdf"]
	if _, err := p.Extract(context.Background(), "pdf", "ok.pdf", data); err != nil {
		t.Fatalf("the next document: %v", err)
	}
}

// TestPoolCancel checks that a cancelled context stops a document at once.
func TestPoolCancel(t *testing.T) {
	p, err := New(Budget{Timeout: time.Minute}, 1)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	_, err = p.Extract(ctx, "markdown", "slow.md", []byte(strings.Repeat("[a](", 50_000)))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
}

// TestInProcessTimeLimit checks the time limit of the formats read in
// process: what honours ctx stops, with the limit named.
func TestInProcessTimeLimit(t *testing.T) {
	_, err := InProcess(context.Background(), Budget{Timeout: time.Nanosecond}, "html", "a.html", []byte("<p>x</p>"))
	if !errors.Is(err, ErrTimeLimit) {
		t.Fatalf("error %v, want the time limit", err)
	}
}

// TestNotServing checks that an executable that does not serve as a reader
// (a program that never calls Main) is an error naming the cure, not a hang.
func TestNotServing(t *testing.T) {
	if _, err := os.Stat("/bin/true"); err != nil {
		t.Skip("no /bin/true")
	}
	p, err := New(Budget{Timeout: time.Minute}, 1)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	p.exe = "/bin/true"
	_, err = p.Extract(context.Background(), "pdf", "a.pdf", []byte("%PDF-1.4"))
	if err == nil || !strings.Contains(err.Error(), "isolate.Main must be called first") {
		t.Fatalf("error %v", err)
	}
}

// TestNoNestedPool checks that a reader cannot start readers of its own,
// which a test binary without Main in TestMain would otherwise do without end.
func TestNoNestedPool(t *testing.T) {
	t.Setenv(childEnv, "1")
	if _, err := New(DefaultBudget(), 1); err == nil {
		t.Fatal("no error")
	}
}

// TestPoolFrontMatterTypes checks front matter whose values are of types
// gob is not told of (TOML's local dates and times): the document still
// comes back, its front matter as encoding/json would read it.
func TestPoolFrontMatterTypes(t *testing.T) {
	p, err := New(Budget{Timeout: time.Minute}, 1)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	data := []byte("+++\ntitle = \"T\"\nday = 2026-01-02\nat = 07:30:00\n+++\n# Head\n\nText.\n")
	want, err := reader.Extract(context.Background(), "markdown", "a.md", data)
	if err != nil {
		t.Fatal(err)
	}
	got, err := inChild(p, "markdown", "a.md", data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Blocks, want.Blocks) || got.FrontMatter["title"] != "T" || got.FrontMatter["day"] != "2026-01-02" {
		t.Errorf("front matter %#v (in process %#v), blocks %v", got.FrontMatter, want.FrontMatter, got.Blocks)
	}
}
