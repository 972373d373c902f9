package main

import (
	"runtime/debug"
	"strings"
	"testing"
)

func TestLongVersion(t *testing.T) {
	stamp := []debug.BuildSetting{
		{Key: "vcs", Value: "git"},
		{Key: "vcs.revision", Value: "1a2b3c4d5e6f7a8b9c0d1a2b3c4d5e6f7a8b9c0d"},
		{Key: "vcs.time", Value: "2026-12-07T20:00:00Z"},
		{Key: "vcs.modified", Value: "true"},
	}
	for _, tc := range []struct {
		name string
		bi   *debug.BuildInfo
		want string
	}{
		{"no build info", nil, "devel"},
		{"go install at a tag", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v0.1.0"}},
			"v0.1.0 (go1.26.8)"},
		{"go install at a commit", &debug.BuildInfo{GoVersion: "go1.26.8",
			Main: debug.Module{Version: "v0.1.1-0.20261207200000-1a2b3c4d5e6f"}},
			"v0.1.1-0.20261207200000-1a2b3c4d5e6f (go1.26.8)"},
		{"go build in a checkout", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}, Settings: stamp},
			"devel (commit 1a2b3c4d5e6f, 2026-12-07T20:00:00Z, modified; go1.26.8)"},
		{"stamped tag", &debug.BuildInfo{Main: debug.Module{Version: "v0.2.0+dirty"}, Settings: stamp[:3]},
			"v0.2.0+dirty (commit 1a2b3c4d5e6f, 2026-12-07T20:00:00Z)"},
	} {
		if got := longVersion(tc.bi); got != tc.want {
			t.Errorf("%s: longVersion = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestVersionCommand: the command prints this test binary's own stamp,
// whatever it is, after "onestory ".
func TestVersionCommand(t *testing.T) {
	code, out, _ := onestory(t, "", "version")
	bi, _ := debug.ReadBuildInfo()
	if code != exitOK || out != "onestory "+longVersion(bi)+"\n" || !strings.Contains(out, bi.GoVersion) {
		t.Errorf("exit %d, %q", code, out)
	}
}
