package html_test

import (
	"context"
	"fmt"

	"github.com/onestory/onestory/extract/html"
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
