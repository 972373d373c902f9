package rules

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/onestory/onestory/internal/suggest"
	"github.com/onestory/onestory/story"
)

// Validate returns an error for each override in the story's rules section
// that names no rule, at its place in the story file, with the nearest
// id when it looks like a typo: "messaging.yaml:26:3: rules.unaproved-claim:
// unknown rule ...". The story loader keeps the rules section as written;
// which ids exist is this package's to say. NewChecker calls it.
func Validate(s *story.Story) error {
	var bad []string
	for id := range s.Rules {
		if !strings.HasPrefix(id, story.CustomPrefix) && Lookup(id) == nil {
			bad = append(bad, id)
		}
	}
	slices.SortFunc(bad, func(a, b string) int {
		pa, pb := s.Rules[a].Pos, s.Rules[b].Pos
		return cmp.Or(cmp.Compare(pa.Line, pb.Line), cmp.Compare(pa.Column, pb.Column), strings.Compare(a, b))
	})
	ids := IDs()
	errs := make([]error, len(bad))
	for i, id := range bad {
		hint := ""
		if n := suggest.Nearest(id, ids); n != "" {
			hint = fmt.Sprintf(" (did you mean %q?)", n)
		}
		errs[i] = &story.Error{File: s.Path, Line: s.Rules[id].Pos.Line, Column: s.Rules[id].Pos.Column, Path: "rules." + id,
			Msg: fmt.Sprintf("unknown rule %q%s; built-in rules: %s; custom rules are named \"custom/NAME\"", id, hint, strings.Join(ids, ", "))}
	}
	return errors.Join(errs...)
}
