package markdown_test

import (
	"context"
	"fmt"

	"github.com/onestory/onestory/extract/markdown"
)

func ExampleExtract() {
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
