package story

import (
	"slices"
	"strings"
	"testing"
	"time"
)

const changesStory = `version: 1
products:
  - id: pulse
    name: Pulse
    plans:
      - id: team
        name: Team
        aliases: [Teams]
        retired_names: [Business]
        price: "$29 per user per month"
facts:
  - id: trial
    about: [trial]
    value: "14 days"
messages:
  - id: platform
    text: "Pulse is a code AI platform"
changes:
  - id: positioning
    what: platform
    was: universal code search
    now: code AI platform
    changed: 2023-09-01
  - id: trial-length
    what: trial
    was: ["30 days", "one month"]
    changed: 2024-01-15
  - id: team-price
    what: pulse/team
    was: ["$19 per user per month"]
    changed: 2024-03-01
  - id: tagline
    was: ["Ship faster"]
    now: "Ship with confidence"
    changed: 2022-05-01
`

func TestParseChanges(t *testing.T) {
	s, err := Parse("s.yaml", []byte(changesStory))
	if err != nil {
		t.Fatal(err)
	}
	team := s.Products[0].Plans[0]
	if !slices.Equal(team.Aliases, []string{"Teams"}) || !slices.Equal(team.RetiredNames, []string{"Business"}) {
		t.Errorf("plan aliases %q, retired names %q", team.Aliases, team.RetiredNames)
	}
	if len(s.Changes) != 4 {
		t.Fatalf("%d changes, want 4", len(s.Changes))
	}
	pos, trial, price, tag := s.Changes[0], s.Changes[1], s.Changes[2], s.Changes[3]
	if pos.Kind != ChangeMessage || pos.Now != "code AI platform" || !slices.Equal(pos.Was, []string{"universal code search"}) ||
		!pos.Changed.Equal(time.Date(2023, 9, 1, 0, 0, 0, 0, time.UTC)) || pos.Pos != (Pos{19, 5}) {
		t.Errorf("positioning change = %+v", pos)
	}
	if trial.Kind != ChangeFact || trial.Now != "14 days" || len(trial.WasQuantities) != 2 || trial.WasQuantities[0].Value != "30" {
		t.Errorf("trial change = %+v", trial)
	}
	if price.Kind != ChangePlan || !price.WasPrice() || price.WasPrices[0].Amount != "19" || price.Now != "$29 per user per month" {
		t.Errorf("price change = %+v", price)
	}
	if tag.Kind != "" || tag.Now != "Ship with confidence" {
		t.Errorf("free-text change = %+v", tag)
	}
	day := time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC)
	if !trial.InEffect(day) || trial.InEffect(day.AddDate(0, 0, -1)) {
		t.Errorf("InEffect: the day of the change counts as changed, the day before not")
	}
}

func TestParseChangeErrors(t *testing.T) {
	const file = `version: 1
facts:
  - id: trial
    about: [trial]
    value: "14 days"
changes:
  - id: a
    what: trail
    was: x
    changed: 2024-01-01
  - id: b
    what: trial
    was: ["a fortnight or so"]
    changed: 01/02/2024
  - id: c
    was: []
  - id: d
    was: old
    changed: 2024-01-01
    when: today
`
	_, err := Parse("s.yaml", []byte(file))
	want := []string{
		`s.yaml:8:11: changes[0].what: no message, fact, product or plan "trail" (did you mean "trial"?); choose "trial"`,
		`s.yaml:13:11: changes[1].was: cannot read "a fortnight or so" as a quantity: no number; the old value of fact "trial" is a quantity, like "14 days"`,
		`s.yaml:14:14: changes[1].changed: cannot read "01/02/2024" as a date (want YYYY-MM-DD, like 2026-12-31)`,
		`s.yaml:15:5: changes[2]: missing required key "changed" (the date of the change, like 2023-09-01)`,
		`s.yaml:15:5: changes[2]: missing required key "now" (the current value; or name the entry that changed with "what")`,
		`s.yaml:16:10: changes[2].was: must list at least one entry (the old wordings or values, like ["universal code search"])`,
		`s.yaml:17:5: changes[3]: missing required key "now" (the current value; or name the entry that changed with "what")`,
		`s.yaml:20:5: changes[3].when: unknown key (did you mean "what"?); allowed keys: "id", "what", "was", "now" or "changed"`,
	}
	if got := problems(t, err); !slices.Equal(got, want) {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestRetiredPlanNameInUse(t *testing.T) {
	const file = `version: 1
products:
  - id: pulse
    name: Pulse
    plans:
      - id: team
        name: Team
        retired_names: [Business]
      - id: business
        name: Business
`
	_, err := Parse("s.yaml", []byte(file))
	want := []string{`s.yaml:6:9: products[0].plans[0].retired_names: "Business" is also the name or an alias of plan "business"; a retired name must not be in use`}
	if got := problems(t, err); !slices.Equal(got, want) {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
