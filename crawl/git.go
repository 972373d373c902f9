package crawl

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
)

// ChangedSince returns the files that differ between the git ref and the
// working tree (committed, staged or not, and new untracked files), as
// slash paths relative to the working directory (git diff --relative and
// git ls-files both answer relative to it). It runs git.
func ChangedSince(ctx context.Context, ref string) (map[string]bool, error) {
	diff, err := git(ctx, "diff", "--name-only", "--no-renames", "--relative", ref, "--")
	if err != nil {
		return nil, err
	}
	untracked, err := git(ctx, "ls-files", "--others", "--exclude-standard")
	if err != nil {
		return nil, err
	}
	changed := map[string]bool{}
	for _, line := range strings.Split(diff+"\n"+untracked, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			changed[filepath.ToSlash(filepath.Clean(line))] = true
		}
	}
	return changed, nil
}

func git(ctx context.Context, args ...string) (string, error) {
	var out, errb bytes.Buffer
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(errb.String())
		if msg == "" {
			msg = err.Error()
		}
		return "", fmt.Errorf("git %s: %s", strings.Join(args, " "), msg)
	}
	return out.String(), nil
}
