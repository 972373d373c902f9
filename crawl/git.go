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
	if strings.HasPrefix(ref, "-") {
		return nil, fmt.Errorf("git ref %q: a ref cannot start with \"-\"", ref)
	}
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

// git runs git with args in the working directory and returns what it
// wrote to standard output. Its error quotes git's standard error and
// wraps the cause (an *exec.ExitError, or the failure to start git).
func git(ctx context.Context, args ...string) (string, error) {
	var out, errb bytes.Buffer
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		if msg := strings.TrimSpace(errb.String()); msg != "" {
			return "", fmt.Errorf("git %s: %s: %w", strings.Join(args, " "), msg, err)
		}
		return "", fmt.Errorf("git %s: %w", strings.Join(args, " "), err)
	}
	return out.String(), nil
}
