package story_test

import (
	"fmt"

	"github.com/onestory/onestory/story"
)

func ExampleParse() {
	_, err := story.Parse("messaging.yaml", []byte(`version: 1
channels:
  marketing: ["site/**"]
products:
  - id: routeplanner
    name: RoutePlanner
    plans:
      - id: fleet
        name: Fleet
        prise: "$18 per vehicle per month"
messages:
  - id: one-view
    text: "One live view of every vehicle"
    required_in: [marketing, sales]
`))
	fmt.Println(err)
	// Output:
	// messaging.yaml:10:9: products[0].plans[0].prise: unknown key (did you mean "price"?); allowed keys: "id", "name", "aliases", "retired_names", "price", "annual_price", "allowance", "minimum", "tiers" or "prices"
	// messaging.yaml:14:30: messages[0].required_in[1]: no channel "sales"; channels: "marketing" or "other"
}

func ExampleStory_ChannelOf() {
	s, err := story.Parse("messaging.yaml", []byte(`version: 1
channels:
  marketing: ["site/**", "https://kestrel.example/**"]
  sales: ["collateral/**"]
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, src := range []string{"site/pricing.html", "https://kestrel.example/pricing", "collateral/deck.pptx", "notes/todo.md"} {
		fmt.Printf("%s → %s\n", src, s.ChannelOf(src))
	}
	// Output:
	// site/pricing.html → marketing
	// https://kestrel.example/pricing → marketing
	// collateral/deck.pptx → sales
	// notes/todo.md → other
}
