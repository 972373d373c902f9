package rules

import "github.com/onestory/onestory/story"

// storyIndex is what rules look up in the story, built once when the
// checker is made rather than for every document.
type storyIndex struct {
	plans   *planNames   // plan-name
	changes []changeForm // stale-value, and price-mismatch and fact-mismatch leave old values to it
}

// newStoryIndex indexes the story s.
func newStoryIndex(s *story.Story) *storyIndex {
	return &storyIndex{plans: newPlanNames(s), changes: newChangeForms(s)}
}
