package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// cancelReader stands for a user pressing Ctrl-C while standard input is
// read: its Read cancels the run and fails as the cancelled read would.
type cancelReader struct{ cancel context.CancelFunc }

func (r cancelReader) Read([]byte) (int, error) {
	r.cancel()
	return 0, context.Canceled
}

// TestInterruptedCheck: a run stopped while reading says so — exit 3, a
// line on standard error and in the text report, "interrupted" in JSON —
// and blames no source for the stop.
func TestInterruptedCheck(t *testing.T) {
	chdirRoot(t)
	report := filepath.Join(t.TempDir(), "r.json")
	for range 5 { // the stop races with the reads; each order must hold
		ctx, cancel := context.WithCancel(context.Background())
		var out, errb bytes.Buffer
		code := run(ctx, []string{"check", "testdata/content", "-", "--output", "json=" + report},
			cancelReader{cancel}, &out, &errb)
		cancel()
		if code != exitFailed {
			t.Fatalf("exit %d, want %d\n%s%s", code, exitFailed, out.String(), errb.String())
		}
		if !strings.Contains(errb.String(), "interrupted") || strings.Contains(errb.String()+out.String(), "context canceled") {
			t.Errorf("stderr:\n%s", errb.String())
		}
		if !strings.Contains(out.String(), "Interrupted: the run was stopped") || strings.Contains(out.String(), "unreadable-source") {
			t.Errorf("text report:\n%s", out.String())
		}
		b, err := os.ReadFile(report)
		if err != nil {
			t.Fatal(err)
		}
		var r struct {
			Summary struct {
				Interrupted bool `json:"interrupted"`
				Unreadable  int  `json:"unreadable"`
			} `json:"summary"`
		}
		if err := json.Unmarshal(b, &r); err != nil || !r.Summary.Interrupted || r.Summary.Unreadable != 0 {
			t.Errorf("JSON summary %+v (%v)", r.Summary, err)
		}
	}
}

// TestInterruptedBeforeReading: a run stopped before it starts says
// "interrupted", not Go's "context canceled".
func TestInterruptedBeforeReading(t *testing.T) {
	chdirRoot(t)
	for _, args := range [][]string{
		{"check", "testdata/content"},
		{"inspect", "testdata/content"},
		{"crawl", "http://127.0.0.1:1/", "--out", filepath.Join(t.TempDir(), "saved")},
	} {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		var out, errb bytes.Buffer
		code := run(ctx, args, strings.NewReader(""), &out, &errb)
		if code != exitFailed || !strings.Contains(errb.String(), "interrupted") || strings.Contains(errb.String(), "context canceled") {
			t.Errorf("%v: exit %d, stderr:\n%s", args, code, errb.String())
		}
	}
}
