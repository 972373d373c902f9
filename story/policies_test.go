package story

import (
	"slices"
	"testing"
)

// TestPoliciesAndFeatures checks what the loader keeps of policies and
// features: stances in lower case with single spaces, the only product
// with plans as a feature's default, included_in in plan order and once
// each, and Known false without included_in.
func TestPoliciesAndFeatures(t *testing.T) {
	s, err := Parse("s.yaml", []byte(`version: 1
products:
  - id: docs
    name: Docs
  - id: pulse
    name: Pulse
    plans:
      - {id: free, name: Free, price: free}
      - {id: team, name: Team}
      - {id: enterprise, name: Enterprise, price: custom}
policies:
  - {id: setup-fee, about: [setup fee], stance: "Not   Offered"}
  - {id: soc2, about: [SOC 2], stance: In progress}
  - {id: hardware, about: [hardware rental]}
features:
  - {id: sso, name: SSO, aliases: [SAML], included_in: [enterprise, team, enterprise]}
  - {id: logs, name: audit logs, product: pulse}
  - {id: none, name: nothing, included_in: []}
`))
	if err != nil {
		t.Fatal(err)
	}
	stances := []string{s.Policies[0].Stance, s.Policies[1].Stance, s.Policies[2].Stance}
	if !slices.Equal(stances, []string{"not offered", "in progress", ""}) {
		t.Errorf("stances %q", stances)
	}
	if s.Policies[0].Offered() || s.Policies[1].Offered() {
		t.Error("a not-offered policy or a status counts as offered")
	}
	sso, logs, none := s.Features[0], s.Features[1], s.Features[2]
	if sso.Product != "pulse" || !sso.Known || !slices.Equal(sso.IncludedIn, []string{"team", "enterprise"}) {
		t.Errorf("sso: %+v", sso)
	}
	if !sso.Includes("team") || sso.Includes("free") {
		t.Error("sso.Includes")
	}
	if logs.Known || logs.IncludedIn != nil {
		t.Errorf("logs without included_in: %+v", logs)
	}
	if !none.Known || len(none.IncludedIn) != 0 {
		t.Errorf("a feature in no plan: %+v", none)
	}
}
