package gencorpus

import (
	"math/rand/v2"
	"strings"
)

// The vocabulary of the generated corpus: the prose of the fictional
// Kestrel Fleetworks, whose story is messaging.yaml. Read-only tables.
var (
	genSubjects = []string{
		"Dispatchers", "Fleet managers", "Drivers", "Operations teams", "Your planners",
		"Regional depots", "Our customers", "Logistics leads", "Night-shift supervisors",
		"Customer service agents", "Finance teams", "Warehouse staff",
	}
	genVerbs = []string{
		"plan", "track", "review", "share", "export", "reassign", "schedule", "optimise",
		"compare", "approve", "adjust", "audit", "print", "forecast",
	}
	genObjects = []string{
		"routes", "delivery windows", "vehicle checks", "driver shifts", "fuel reports",
		"proof of delivery", "depot schedules", "service tickets", "customer notifications",
		"maintenance logs", "loading plans", "cold-chain readings", "toll costs", "break times",
	}
	genAdverbials = []string{
		"in real time", "from one screen", "before the morning shift", "without a spreadsheet",
		"across every depot", "with two clicks", "every Monday", "when a delivery runs late",
		"at the end of each day", "while the van is still on the road", "for each region",
		"in the weekly report", "during peak season", "from the back office",
	}
	genLinks = []string{"so that", "while", "and", "because", "before", "after", "whenever"}
	// genMentions are sentences that carry what the rules look at: prices,
	// facts, claims, names, terms, messages and offers, right and wrong.
	genMentions = []string{
		"RoutePlanner Fleet costs $18 per vehicle per month.",
		"The Fleet plan is $18/vehicle/month, or $180 per vehicle per year billed annually.",
		"The Fleet plan is $19 per vehicle per month.",
		"Fleet costs €18 per vehicle a month for teams in the EU.",
		"Annual billing brings Fleet to $180 per vehicle per year.",
		"DriverLog Pro is $9 per driver per month.",
		"DriverLog Pro costs $12 per driver per month.",
		"Starter is free for up to 3 vehicles.",
		"Enterprise pricing is custom: contact sales for a quote.",
		"Every paid plan starts with a 14-day free trial.",
		"Try RoutePlanner free for 30 days.",
		"We promise 99.95% uptime in our SLA.",
		"Our availability target is 99.9% every month.",
		"Connect one of our 120+ integrations in minutes.",
		"Choose from more than 150 connectors.",
		"More than 2,500 customers plan their routes with Kestrel.",
		"Over 3,000 fleets trust us every day.",
		"RoutePlanner cuts fuel costs by up to 12%.",
		"RoutePlanner cuts fuel costs by up to 20%.",
		"It plans a 200-stop route in under 30 seconds.",
		"RoutePlanner is the fastest route planner on the market.",
		"Kestrel is the #1 choice of European fleets.",
		"With RoutePlanner you get guaranteed savings from day one.",
		"Our cloud is built for zero downtime.",
		"Signup takes two minutes and needs no credit card.",
		"Drivers install the mobile app from their phone's store.",
		"The dispatch manager assigns stops to each driver.",
		"Routeplanner imports your depots from a spreadsheet.",
		"Customers moving from RouteMaster keep their saved routes.",
		"Driverlog Pro keeps digital logbooks for every driver.",
		"Kestrel RoutePlanner works with the driver app on Android and iOS.",
		"One live view of every vehicle, driver and delivery.",
		"Customer data never leaves the EU.",
		"Now 20% off annual Fleet plans until the end of December.",
		"Get three months free on DriverLog Pro this summer.",
		"Call our depot team on +49 30 1234 5678 between 8:00 and 17:00.",
		"Version 4.2 of the driver app shipped on 3 November 2026.",
		"Depot 12 in Leipzig handles 340 parcels an hour.",
		"No setup fees and no long-term contracts: cancel any month.",
		"A one-time onboarding fee of $450 covers installation in every vehicle.",
		"SSO is available on the Enterprise plan only.",
		"Fleet customers also get single sign-on for their dispatchers.",
		"API access comes with Fleet and above.",
		"Is there an annual contract? No.",
	}
	// genCleanMentions are the mention sentences that agree with the
	// story: a corpus made of them has almost nothing to report.
	genCleanMentions = []string{
		"RoutePlanner Fleet costs $18 per vehicle per month.",
		"The Fleet plan is $18/vehicle/month, or $180 per vehicle per year billed annually.",
		"Annual billing brings Fleet to $180 per vehicle per year.",
		"DriverLog Pro is $9 per driver per month.",
		"Starter is free for up to 3 vehicles.",
		"Enterprise pricing is custom: contact sales for a quote.",
		"Every paid plan starts with a 14-day free trial.",
		"We promise 99.95% uptime in our SLA.",
		"Connect one of our 120+ integrations in minutes.",
		"More than 2,500 customers plan their routes with Kestrel.",
		"RoutePlanner cuts fuel costs by up to 12%.",
		"It plans a 200-stop route in under 30 seconds.",
		"Kestrel RoutePlanner works with the driver app on Android and iOS.",
		"One live view of every vehicle, driver and delivery.",
		"Customer data never leaves the EU.",
		"Now 20% off annual Fleet plans until the end of December.",
		"Call our depot team on +49 30 1234 5678 between 8:00 and 17:00.",
		"Depot 12 in Leipzig handles 340 parcels an hour.",
		"No setup fees and no long-term contracts: cancel any month.",
		"SSO is available on the Enterprise plan only.",
	}
	genHeadings = []string{
		"Plan every route", "Live tracking", "For dispatchers", "For drivers", "Pricing",
		"Integrations", "Security and data", "Frequently asked questions", "Getting started",
		"Reports", "Proof of delivery", "Maintenance", "Fuel and tolls", "Customer stories",
	}
)

// genText writes the prose of one generated page: sentences built from
// the tables above, about one in seven a mention drawn from mentions.
type genText struct {
	r        *rand.Rand
	mentions []string // genMentions, or genCleanMentions for a clean corpus
}

func (g genText) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

// clause is "Dispatchers review driver shifts in real time".
func (g genText) clause() string {
	return g.pick(genSubjects) + " " + g.pick(genVerbs) + " " + g.pick(genObjects) + " " + g.pick(genAdverbials)
}

// sentence is one sentence of prose, or a mention sentence.
func (g genText) sentence() string {
	if g.r.IntN(7) == 0 {
		return g.pick(g.mentions)
	}
	s := g.clause()
	if g.r.IntN(2) == 0 {
		c := g.clause()
		s += ", " + g.pick(genLinks) + " " + strings.ToLower(c[:1]) + c[1:]
	}
	return s + "."
}

// paragraph is three to six sentences.
func (g genText) paragraph() string {
	n := 3 + g.r.IntN(4)
	parts := make([]string, n)
	for i := range parts {
		parts[i] = g.sentence()
	}
	return strings.Join(parts, " ")
}

// item is a short list item or table cell.
func (g genText) item() string {
	if g.r.IntN(5) == 0 {
		return g.pick(g.mentions)
	}
	s := g.pick(genVerbs) + " " + g.pick(genObjects) + " " + g.pick(genAdverbials)
	return strings.ToUpper(s[:1]) + s[1:]
}
