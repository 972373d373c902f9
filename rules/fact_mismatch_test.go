package rules

import (
	"strings"
	"testing"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/value"
)

func TestFactMismatch(t *testing.T) {
	tests := []struct {
		name    string
		subject string
		q       value.Quantity
		want    string // message template; "" for no finding
	}{
		{"same", "trial", value.Quantity{Value: "14", Unit: "day", Text: "14-day"}, ""},
		{"in weeks", "trial", value.Quantity{Value: "2", Unit: "week", Text: "two weeks"}, ""},
		{"other length", "trial", value.Quantity{Value: "30", Unit: "day", Text: "30 days"},
			"messaging.yaml gives the free trial as {canon}; this page says {found}."},
		{"other unit of time", "trial", value.Quantity{Value: "14", Unit: "hour", Text: "14 hours"},
			"messaging.yaml gives the free trial as {canon}; this page says {found}."},
		{"unit unstated", "trial", value.Quantity{Value: "14", Text: "14"}, ""},
		{"other uptime", "uptime", value.Quantity{Value: "99.9", Unit: "percent", Text: "99.9%"},
			"messaging.yaml gives the uptime as {canon}; this page says {found}."},
		{"same operator", "integrations", value.Quantity{Value: "120", Op: "at-least", Unit: "connector", Text: "more than 120 connectors"}, ""},
		{"other bound", "integrations", value.Quantity{Value: "100", Op: "at-least", Unit: "integration", Text: "over 100 integrations"},
			"messaging.yaml gives the integrations as {canon}; this page says {found}."},
		{"operator dropped", "integrations", value.Quantity{Value: "120", Unit: "integration", Text: "120 integrations"},
			"messaging.yaml gives the integrations as {canon}; this page says {found}."},
		{"counted by another noun", "customers", value.Quantity{Value: "2500", Unit: "fleet", Text: "2,500 fleets"}, ""},
		{"unknown fact", "headcount", value.Quantity{Value: "80", Unit: "employee", Text: "80 employees"}, ""},
	}
	s := exampleStory()
	c := checker(t, s)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := at("deck.pptx", 1, analyze.Mention{Kind: analyze.QuantityMention, Text: tt.q.Text, Subject: tt.subject, Quantity: &tt.q})
			d := doc("site/index.html", "marketing", []string{"Try it: " + tt.q.Text + "."}, m)
			fs := only(checkAlone(c, d), "fact-mismatch")
			f, ok := wantOne(t, fs, tt.want)
			if !ok {
				return
			}
			want := strings.NewReplacer("{canon}", factOf(s, tt.subject).Value.String(), "{found}", tt.q.String()).Replace(tt.want)
			if f.Message != want || f.Subject != tt.subject || f.Found != tt.q.String() || f.Severity != Error {
				t.Errorf("got %+v\nwant message %q", f, want)
			}
		})
	}
}

func TestQuantityAgreesOperators(t *testing.T) {
	q := func(v, op, unit string) value.Quantity { return value.Quantity{Value: v, Op: op, Unit: unit} }
	for _, tc := range []struct {
		src, canon value.Quantity
		want       bool
	}{
		{q("2500", "at-least", "customer"), q("2500", "", "customer"), true},           // "more than 2,500 customers"
		{q("10", "at-most", "user"), q("10", "", "user"), true},                        // "up to 10 users" states the limit of 10 (issue 12)
		{q("20", "at-most", "user"), q("10", "", "user"), false},                       // "up to 20 users" states another limit
		{q("10", "at-most", "user"), q("10", "at-least", "user"), false},               // "up to 10" is not "10+"
		{q("1500", "at-least", "developer"), q("1500", "at-least", "developer"), true}, // ">1,500" and "1,500+"
		{q("120", "", "integration"), q("120", "at-least", "integration"), false},
		{q("100", "at-least", "integration"), q("120", "at-least", "integration"), false},
		{q("14", "", "day"), q("2", "", "week"), true},
		{q("20", "about", "user"), q("20", "", "user"), true},  // "about 20 users"
		{q("20", "", "user"), q("20", "about", "user"), true},  // the story hedges, the source does not
		{q("25", "about", "user"), q("20", "", "user"), false}, // "about 25" is another number
		{value.Quantity{Value: "30", Max: "60", Unit: "minute"}, value.Quantity{Value: "30", Max: "60", Unit: "minute"}, true},
		{value.Quantity{Value: "30", Max: "60", Unit: "minute"}, value.Quantity{Value: "1800", Max: "3600", Unit: "second"}, true},
		{value.Quantity{Value: "30", Max: "60", Unit: "minute"}, value.Quantity{Value: "30", Max: "90", Unit: "minute"}, false},
		{value.Quantity{Value: "30", Max: "60", Unit: "minute"}, q("60", "at-most", "minute"), false}, // states a lower bound the story does not
		{q("60", "at-most", "minute"), value.Quantity{Value: "30", Max: "60", Unit: "minute"}, true},  // "up to 60" states the story's upper bound
		{value.Quantity{Value: "30", Max: "60", Unit: "minute"}, q("45", "", "minute"), false},
		{q("10", "at-most", "day"), q("10", "", "hour"), false}, // another unit of measure
		{q("10", "", ""), q("10", "", "day"), true},             // "10" in a sentence about the trial
	} {
		if got := quantityAgrees(tc.src, tc.canon); got != tc.want {
			t.Errorf("quantityAgrees(%+v, %+v) = %v", tc.src, tc.canon, got)
		}
	}
}

// TestMoneyAgrees checks the comparison of amounts stated for a money fact
// with a per-unit value: a flat amount per period disagrees.
func TestMoneyAgrees(t *testing.T) {
	canon := value.Price{Kind: value.Fixed, Amount: "99", Currency: "USD", Period: "month", Unit: "user"}
	tests := []struct {
		src  value.Price
		want bool
	}{
		{value.Price{Kind: value.Fixed, Amount: "99", Currency: "USD", Period: "month", Unit: "user"}, true},
		{value.Price{Kind: value.Fixed, Amount: "99", Currency: "USD"}, true},                   // "$99": unstated
		{value.Price{Kind: value.Fixed, Amount: "99", Currency: "USD", Period: "month"}, false}, // "$99 / month": flat
		{value.Price{Kind: value.Fixed, Amount: "120", Currency: "USD", Period: "month", Unit: "user"}, false},
	}
	for _, tt := range tests {
		if got := moneyAgrees(tt.src, canon); got != tt.want {
			t.Errorf("moneyAgrees(%+v) = %v, want %v", tt.src, got, tt.want)
		}
	}
	flat := value.Price{Kind: value.Fixed, Amount: "2000", Currency: "USD", Period: "month"}
	if !moneyAgrees(flat, flat) {
		t.Error("a flat amount disagrees with the same flat value")
	}
}
