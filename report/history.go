package report

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"
)

// HistoryEntry is one run's summary, as `check --history FILE` appends it
// to a JSON Lines file: one object a line, oldest first.
type HistoryEntry struct {
	Time      time.Time      `json:"time"`
	Version   string         `json:"version"`
	Story     string         `json:"story"`
	Documents int            `json:"documents"`
	Findings  int            `json:"findings"`
	BySev     map[string]int `json:"by_severity"`
	// Overall and ByChannel are the consistency scores, 0–100, -1 when
	// nothing was stated (see View.Scores).
	Overall   int            `json:"overall"`
	ByChannel map[string]int `json:"by_channel"`
}

// NewHistoryEntry summarises r, a run at time at, for the history file.
// The scores come from its story matrix (StoryView).
func NewHistoryEntry(r *Report, at time.Time) HistoryEntry {
	e := HistoryEntry{Time: at.UTC().Truncate(time.Second), Version: r.Version, Story: r.Story,
		Documents: r.Summary.Documents, Findings: r.Summary.Findings, BySev: r.Summary.BySeverity, Overall: -1}
	if v := r.StoryView(); v != nil {
		e.Overall, e.ByChannel = v.Scores.Overall, v.Scores.ByChannel
	}
	return e
}

// ReadHistory reads a history file. A missing file is an empty history. A
// line that is not an entry — a run cut short while appending, a hand edit
// — is passed over, and its number returned in bad, so that one broken
// line does not end the history.
func ReadHistory(path string) (entries []HistoryEntry, bad []int, err error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(line) == 0 {
			continue
		}
		var e HistoryEntry
		if json.Unmarshal(line, &e) != nil || e.Time.IsZero() {
			bad = append(bad, n)
			continue
		}
		entries = append(entries, e)
	}
	if err := sc.Err(); err != nil {
		return entries, bad, fmt.Errorf("%s: %w", path, err)
	}
	return entries, bad, nil
}

// AppendHistory adds e as the last line of the history file, creating it.
// The line is written with one write call on a file opened for appending,
// so runs that end at the same time do not interleave their lines.
func AppendHistory(path string, e HistoryEntry) error {
	line, err := json.Marshal(e)
	if err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	line = append(line, '\n')
	if brokenEnd(f) { // a line cut short stays a line of its own
		line = append([]byte{'\n'}, line...)
	}
	if _, err := f.Write(line); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// brokenEnd reports whether f does not end with a newline: a run stopped
// while appending.
func brokenEnd(f *os.File) bool {
	info, err := f.Stat()
	if err != nil || info.Size() == 0 {
		return false
	}
	last := make([]byte, 1)
	_, err = f.ReadAt(last, info.Size()-1)
	return err == nil && last[0] != '\n'
}
