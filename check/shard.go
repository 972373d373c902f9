package check

import (
	"errors"
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"
)

// Shard is one of Count slices of a run: the documents whose source — a
// file's path as reported, a page's URL — hashes to it. The hash (FNV-1a,
// 64 bits) is stable across machines, versions and runs, so N copies of
// one command with shards 1/N … N/N check every document exactly once.
// The zero value, and any Shard of Count 1, is the whole run.
type Shard struct {
	Index int // 1-based
	Count int
}

// Has reports whether source is this shard's to check.
func (s Shard) Has(source string) bool {
	if s.Count <= 1 {
		return true
	}
	h := fnv.New64a()
	h.Write([]byte(source))
	return int(h.Sum64()%uint64(s.Count)) == s.Index-1
}

// String returns "I/N".
func (s Shard) String() string { return fmt.Sprintf("%d/%d", s.Index, s.Count) }

// ParseShard reads "I/N", 1 ≤ I ≤ N.
func ParseShard(v string) (Shard, error) {
	i, n, ok := strings.Cut(strings.TrimSpace(v), "/")
	if !ok {
		return Shard{}, fmt.Errorf("cannot read %q as a shard: want I/N, like 2/8", v)
	}
	idx, err1 := strconv.Atoi(strings.TrimSpace(i))
	cnt, err2 := strconv.Atoi(strings.TrimSpace(n))
	if err := errors.Join(err1, err2); err != nil {
		return Shard{}, fmt.Errorf("cannot read %q as a shard: want I/N, like 2/8", v)
	}
	return NewShard(idx, cnt)
}

// NewShard returns shard index of count, or an error saying why they do
// not make one.
func NewShard(index, count int) (Shard, error) {
	switch {
	case count < 1:
		return Shard{}, fmt.Errorf("shard count %d: want 1 or more", count)
	case index < 1 || index > count:
		return Shard{}, fmt.Errorf("shard %d of %d: want a number from 1 to %d", index, count, count)
	}
	return Shard{Index: index, Count: count}, nil
}

// ShardFromEnv returns the shard a CI engine running N copies of the
// command names in its environment (getenv), and whether it names one:
// GitLab's CI_NODE_INDEX (1-based) and CI_NODE_TOTAL for a parallel: job,
// or Kubernetes' JOB_COMPLETION_INDEX (0-based) for an Indexed Job, with
// the count from count (--shard-count, since Kubernetes does not pass
// it) or ONESTORY_SHARD_COUNT.
func ShardFromEnv(getenv func(string) string, count int) (Shard, bool, error) {
	if v := getenv("JOB_COMPLETION_INDEX"); v != "" {
		if count == 0 {
			c, err := strconv.Atoi(getenv("ONESTORY_SHARD_COUNT"))
			if err != nil {
				return Shard{}, false, fmt.Errorf("JOB_COMPLETION_INDEX=%s names a shard but not how many: set --shard-count to the Job's completions", v)
			}
			count = c
		}
		i, err := strconv.Atoi(v)
		if err != nil {
			return Shard{}, false, fmt.Errorf("JOB_COMPLETION_INDEX=%q: not a number", v)
		}
		s, err := NewShard(i+1, count)
		return s, err == nil, err
	}
	if v := getenv("CI_NODE_INDEX"); v != "" {
		i, err1 := strconv.Atoi(v)
		n, err2 := strconv.Atoi(getenv("CI_NODE_TOTAL"))
		if errors.Join(err1, err2) != nil {
			return Shard{}, false, fmt.Errorf("CI_NODE_INDEX=%q, CI_NODE_TOTAL=%q: not a shard", v, getenv("CI_NODE_TOTAL"))
		}
		s, err := NewShard(i, n)
		return s, err == nil, err
	}
	return Shard{}, false, nil
}
