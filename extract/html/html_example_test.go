package html_test

import (
	"context"
	"fmt"

	"github.com/onestory/onestory/extract/html"
	"github.com/onestory/onestory/extract/markdown"
)

func ExampleExtract() {
	page := `<main>
  <section id="pricing">
    <div class="plan"><h3>Fleet</h3>
      <div class="price">$18<span>/vehicle/month</span></div>
    </div>
  </section>
</main>`
	text, err := html.Extract(context.Background(), "pricing.html", []byte(page))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, b := range text.Blocks {
		fmt.Printf("%s %s %q %q\n", b.Location, b.Location.Selector, b.Text, b.Context)
	}
	// Output:
	// pricing.html:3:27 section#pricing > div.plan > h3 "Fleet" []
	// pricing.html:4:26 section#pricing > div.plan > div.price "$18/vehicle/month" ["Fleet"]
}

func Example_markdown() {
	doc := "---\ntitle: Pricing\n---\n# Plans\n\nFleet costs $18 per vehicle\nper month.\n\n```sh\nnot prose\n```\n"
	text, err := markdown.Extract(context.Background(), "pricing.md", []byte(doc))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, b := range text.Blocks {
		fmt.Printf("%s %s %q %q\n", b.Location, b.Kind, b.Text, b.Context)
	}
	p := text.Blocks[2]
	fmt.Println("per month:", p.At(28))
	// Output:
	// pricing.md:2:8 title "Pricing" []
	// pricing.md:4:3 heading "Plans" []
	// pricing.md:6:1 paragraph "Fleet costs $18 per vehicle per month." ["Plans"]
	// per month: pricing.md:7:1
}
