package check

import (
	"bytes"
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/onestory/onestory/report"
	"github.com/onestory/onestory/story"
)

// exampleConfig is the bundled example as TestBundledExample checks it.
func exampleConfig(t *testing.T) Config {
	t.Helper()
	t.Chdir("..")
	s, err := story.Load("messaging.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return Config{Story: s, Now: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC), Version: "test"}
}

// jsonOf renders r as the json format does.
func jsonOf(t *testing.T, r *report.Report) []byte {
	t.Helper()
	w, err := report.Lookup("json")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := w(&b, r, report.Options{}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// parts runs every shard of n, writes each part and reads it back.
func parts(t *testing.T, cfg Config, n int) []*report.Part {
	t.Helper()
	var ps []*report.Part
	for i := 1; i <= n; i++ {
		cfg.Shard = Shard{Index: i, Count: n}
		p, err := RunPart(context.Background(), cfg)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := report.WritePart(&b, p); err != nil {
			t.Fatal(err)
		}
		back, err := report.ReadPart(&b, "part")
		if err != nil {
			t.Fatal(err)
		}
		ps = append(ps, back)
	}
	return ps
}

// TestShardsMergeAsOneRun checks the bundled example as 1, 3 and 7 shards,
// merges their parts (written and read back) and compares the JSON report
// and the story matrix with those of a single run.
func TestShardsMergeAsOneRun(t *testing.T) {
	cfg := exampleConfig(t)
	one, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	want := jsonOf(t, one)
	for _, n := range []int{1, 3, 7} {
		ps := parts(t, cfg, n)
		busy := 0
		for _, p := range ps {
			if len(p.Documents) > 0 {
				busy++
			}
		}
		if n > 1 && busy < 2 {
			t.Fatalf("%d shards: only %d checked anything; the hash does not spread documents", n, busy)
		}
		// Reversed: the order parts are named in does not matter.
		for i, j := 0, len(ps)-1; i < j; i, j = i+1, j-1 {
			ps[i], ps[j] = ps[j], ps[i]
		}
		r, err := Merge(context.Background(), MergeConfig{Story: cfg.Story, Version: "test", Parts: ps})
		if err != nil {
			t.Fatal(err)
		}
		if got := jsonOf(t, r); !bytes.Equal(got, want) {
			t.Errorf("%d shards merged: JSON report differs from one run\n got: %.2000s\nwant: %.2000s", n, got, want)
		}
		if !reflect.DeepEqual(r.StoryView(), one.StoryView()) {
			t.Errorf("%d shards merged: the story matrix differs from one run", n)
		}
	}
}

// TestShardHas checks that every source falls in exactly one shard.
func TestShardHas(t *testing.T) {
	for _, src := range []string{"site/index.html", "https://example.com/a?b=c", "", "collateral/deck.pptx"} {
		in := 0
		for i := 1; i <= 5; i++ {
			if (Shard{Index: i, Count: 5}).Has(src) {
				in++
			}
		}
		if in != 1 {
			t.Errorf("%q is in %d of 5 shards, want 1", src, in)
		}
		if !(Shard{}).Has(src) || !(Shard{Index: 1, Count: 1}).Has(src) {
			t.Errorf("%q is not in the whole run", src)
		}
	}
}

func TestParseShard(t *testing.T) {
	for in, want := range map[string]string{"1/1": "1/1", "3/8": "3/8", " 2 / 4 ": "2/4",
		"0/3": "error", "4/3": "error", "1/0": "error", "a/3": "error", "3": "error", "": "error"} {
		s, err := ParseShard(in)
		got := s.String()
		if err != nil {
			got = "error"
		}
		if got != want {
			t.Errorf("ParseShard(%q) = %s (%v), want %s", in, got, err, want)
		}
	}
}

func TestShardFromEnv(t *testing.T) {
	tests := []struct {
		env   map[string]string
		count int
		want  string // "" none, "error"
	}{
		{map[string]string{}, 0, ""},
		{map[string]string{"JOB_COMPLETION_INDEX": "0"}, 4, "1/4"},
		{map[string]string{"JOB_COMPLETION_INDEX": "3", "ONESTORY_SHARD_COUNT": "4"}, 0, "4/4"},
		{map[string]string{"JOB_COMPLETION_INDEX": "0"}, 0, "error"},
		{map[string]string{"JOB_COMPLETION_INDEX": "4"}, 4, "error"},
		{map[string]string{"CI_NODE_INDEX": "2", "CI_NODE_TOTAL": "5"}, 0, "2/5"},
		{map[string]string{"CI_NODE_INDEX": "2"}, 0, "error"},
	}
	for _, tt := range tests {
		s, ok, err := ShardFromEnv(func(k string) string { return tt.env[k] }, tt.count)
		got := ""
		switch {
		case err != nil:
			got = "error"
		case ok:
			got = s.String()
		}
		if got != tt.want {
			t.Errorf("ShardFromEnv(%v, %d) = %q (%v), want %q", tt.env, tt.count, got, err, tt.want)
		}
	}
}

// TestMergeRefuses checks that parts of a partial, doubled or mixed set
// are refused, naming the file.
func TestMergeRefuses(t *testing.T) {
	cfg := exampleConfig(t)
	ps := parts(t, cfg, 3)
	names := []string{"a.part", "b.part", "c.part"}
	other := *ps[1]
	other.Header.StorySHA256 = "0000"
	older := *ps[2]
	older.Header.Version = "0.9"
	tests := []struct {
		parts []*report.Part
		want  string
	}{
		{ps[:2], "missing shard 3/3"},
		{[]*report.Part{ps[0], ps[1], ps[1]}, "c.part: shard 2/3 is also b.part"},
		{[]*report.Part{ps[0], &other, ps[2]}, "b.part: checked against another story file"},
		{[]*report.Part{ps[0], ps[1], &older}, "c.part: written by onestory 0.9"},
		{nil, "no parts"},
	}
	for _, tt := range tests {
		_, err := Merge(context.Background(), MergeConfig{Story: cfg.Story, Version: "test", Parts: tt.parts, Names: names})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Merge: error %v, want one containing %q", err, tt.want)
		}
	}
}
