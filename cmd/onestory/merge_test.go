package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestShardAndMerge runs the bundled example as three shards and a merge,
// through the command line, and compares the merged reports and exit code
// with those of one check.
func TestShardAndMerge(t *testing.T) {
	chdirRoot(t)
	dir := t.TempDir()
	var parts []string
	for i := 1; i <= 3; i++ {
		p := filepath.Join(dir, "shard-"+string(rune('0'+i))+".part")
		code, out, errs := onestory(t, "", "check", "--today", "2026-11-27", "--shard", string(rune('0'+i))+"/3", "--output", "part="+p)
		if code != exitOK || out != "" {
			t.Fatalf("shard %d: exit %d, stdout %q, stderr %s", i, code, out, errs)
		}
		parts = append(parts, p)
	}
	oneCode, one, _ := onestory(t, "", "check", "--today", "2026-11-27", "--format", "json")
	code, merged, errs := onestory(t, "", append([]string{"merge", "--format", "json"}, parts...)...)
	if code != oneCode || merged != one {
		t.Fatalf("merge: exit %d (one check: %d), stderr %s; the JSON reports differ: %v", code, oneCode, errs, merged != one)
	}
	oneText := func() string {
		_, o, _ := onestory(t, "", "check", "--today", "2026-11-27", "--fail-on", "never")
		return o
	}()
	code, text, _ := onestory(t, "", append([]string{"merge", "--fail-on", "never"}, parts...)...)
	if code != exitOK || text != oneText {
		t.Errorf("merge --fail-on never: exit %d; text report differs from one check's: %v", code, text != oneText)
	}

	cut := filepath.Join(dir, "cut.part")
	b, _ := os.ReadFile(parts[2])
	os.WriteFile(cut, b[:len(b)/2], 0o644)
	edited := filepath.Join(dir, "messaging.yaml")
	b, _ = os.ReadFile("messaging.yaml")
	os.WriteFile(edited, append(b, "\n# edited after the shards ran\n"...), 0o644)
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"missing shard", []string{"merge", parts[0], parts[1]}, exitUsage, "missing shard 3/3"},
		{"truncated", []string{"merge", parts[0], parts[1], cut}, exitFailed, cut + ": "},
		{"not a part", []string{"merge", parts[0], parts[1], "messaging.yaml"}, exitFailed, "messaging.yaml: line 1"},
		{"other story", []string{"merge", "--story", edited, parts[0], parts[1], parts[2]}, exitUsage, "another story file"},
		{"shard without part", []string{"check", "--shard", "1/3"}, exitUsage, "--output part=FILE"},
		{"bad shard", []string{"check", "--shard", "4/3", "--output", "part=" + cut}, exitUsage, "shard 4 of 3"},
		{"part and report", []string{"check", "--shard", "1/3", "--output", "part=" + cut, "--output", "r.json"}, exitUsage, "writes its part only"},
	}
	for _, tt := range tests {
		code, out, errs := onestory(t, "", tt.args...)
		if code != tt.code || !strings.Contains(out+errs, tt.want) {
			t.Errorf("%s: exit %d, want %d; output %s%s, want %q in it", tt.name, code, tt.code, out, errs, tt.want)
		}
	}
}

// TestShardFromEngine checks that a part run takes its shard from GitLab's
// and Kubernetes' variables, and that a plain check ignores them.
func TestShardFromEngine(t *testing.T) {
	chdirRoot(t)
	dir := t.TempDir()
	t.Setenv("CI_NODE_INDEX", "2")
	t.Setenv("CI_NODE_TOTAL", "3")
	gitlab := filepath.Join(dir, "gitlab.part")
	if code, _, errs := onestory(t, "", "check", "--output", "part="+gitlab); code != exitOK || !strings.Contains(errs, "shard 2/3") {
		t.Errorf("GitLab: exit %d, stderr %s; want shard 2/3", code, errs)
	}
	_, whole, _ := onestory(t, "", "check", "--today", "2026-11-27", "--format", "json")
	t.Setenv("CI_NODE_INDEX", "")
	t.Setenv("CI_NODE_TOTAL", "")
	_, plain, _ := onestory(t, "", "check", "--today", "2026-11-27", "--format", "json")
	if whole != plain {
		t.Errorf("a check without a part read CI_NODE_INDEX: its report differs from the whole run's")
	}
	t.Setenv("JOB_COMPLETION_INDEX", "0")
	k8s := filepath.Join(dir, "k8s.part")
	if code, _, errs := onestory(t, "", "check", "--shard-count", "4", "--output", "part="+k8s); code != exitOK || !strings.Contains(errs, "shard 1/4") {
		t.Errorf("Kubernetes: exit %d, stderr %s; want shard 1/4", code, errs)
	}
	if code, _, errs := onestory(t, "", "check", "--output", "part="+k8s); code != exitUsage || !strings.Contains(errs, "--shard-count") {
		t.Errorf("Kubernetes without a count: exit %d, stderr %s; want a usage error naming --shard-count", code, errs)
	}
}
