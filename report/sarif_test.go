package report

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// TestSARIFSchema validates the SARIF output, as bytes, against the OASIS
// SARIF 2.1.0 JSON schema (testdata/sarif-schema-2.1.0.json).
func TestSARIFSchema(t *testing.T) {
	f, err := os.Open("testdata/sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("sarif-schema-2.1.0.json", doc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := SARIF(&buf, sample(), Options{}); err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(inst); err != nil {
		t.Fatalf("SARIF output does not validate: %v", err)
	}
}

// TestSARIFShape checks what GitHub code scanning relies on beyond the
// schema: rules listed once, levels, startLine ≥ 1, relative URIs with a
// base id, fingerprints, and the slide named for a deck.
func TestSARIFShape(t *testing.T) {
	var buf bytes.Buffer
	if err := SARIF(&buf, sample(), Options{}); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct{ Rules []struct{ ID string } }
			}
			Results []struct {
				RuleID              string
				Level               string
				PartialFingerprints map[string]string
				Locations           []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI, URIBaseID string }
						Region           struct {
							StartLine int
							Message   struct{ Text string }
						}
					}
				}
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	ids := map[string]bool{}
	for _, r := range run.Tool.Driver.Rules {
		if ids[r.ID] {
			t.Errorf("rule %s listed twice", r.ID)
		}
		ids[r.ID] = true
	}
	var slide bool
	for _, res := range run.Results {
		if !ids[res.RuleID] {
			t.Errorf("result of rule %s, which is not in tool.driver.rules", res.RuleID)
		}
		if res.PartialFingerprints["onestory/v1"] == "" {
			t.Errorf("%s: no partial fingerprint", res.RuleID)
		}
		pl := res.Locations[0].PhysicalLocation
		if pl.Region.StartLine < 1 {
			t.Errorf("%s: startLine %d", res.RuleID, pl.Region.StartLine)
		}
		if pl.ArtifactLocation.URIBaseID != srcRoot || strings.HasPrefix(pl.ArtifactLocation.URI, "/") {
			t.Errorf("%s: uri %q base %q, want relative to %s", res.RuleID, pl.ArtifactLocation.URI, pl.ArtifactLocation.URIBaseID, srcRoot)
		}
		if strings.HasSuffix(pl.ArtifactLocation.URI, ".pptx") && pl.Region.Message.Text == "slide 4" {
			slide = true
		}
	}
	if !slide {
		t.Error("the deck's finding does not name slide 4")
	}
}
