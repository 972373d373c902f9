package rules

import (
	"strings"
	"time"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/story"
)

// NameMentions returns what the plan-name and stale-value rules find in d
// on day now, as mentions for `onestory inspect`: kind plan for a plan name
// the story does not know (match "unknown") or a retired one ("retired"),
// with the plans it knows as Canonical; kind change for an old value stated
// after a dated change (match "old"), with the current value as Canonical.
// d must have been analysed with its sentences and values.
func NameMentions(s *story.Story, d *analyze.Doc, now time.Time) []analyze.Mention {
	if s == nil || d == nil {
		return nil
	}
	x := newStoryIndex(s)
	var out []analyze.Mention
	for _, r := range []*Rule{planName, staleValue} {
		p := Pass{Story: s, Doc: d, Now: now, known: x, rule: r, sev: r.Severity}
		p.emit = func(f Finding) {
			m := analyze.Mention{Kind: analyze.PlanMention, Text: f.Found, Location: f.Location, Sentence: -1,
				Subject: f.Subject, Match: "unknown", Canonical: f.Expected}
			switch {
			case r == staleValue:
				m.Kind, m.Match = analyze.ChangeMention, "old"
			case strings.Contains(f.Message, " retired name of "):
				m.Match = "retired"
			}
			out = append(out, m)
		}
		r.Check(&p)
	}
	return out
}
