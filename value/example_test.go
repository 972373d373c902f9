package value_test

import (
	"fmt"

	"github.com/onestory/onestory/value"
)

func ExampleParsePrice() {
	p, err := value.ParsePrice("USD 18/vehicle/mo")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Amount, p.Currency, p.Period, p.Unit)
	fmt.Println(p)
	// Output:
	// 18 USD month vehicle
	// $18 per vehicle per month
}

func ExampleFindPrices() {
	text := "Fleet is €17 per vehicle per month; Enterprise: contact sales."
	for _, sp := range value.FindPrices(text) {
		fmt.Printf("%d-%d %q: %s\n", sp.Start, sp.End, sp.Price.Text, sp.Price)
	}
	// Output:
	// 9-36 "€17 per vehicle per month": €17 per vehicle per month
	// 50-63 "contact sales": custom pricing
}

func ExamplePrice_Diff() {
	story, _ := value.ParsePrice("$18 per vehicle per month")
	page, _ := value.ParsePrice("$18 per vehicle per year")
	fmt.Println(story.Diff(page))
	// Output: [period]
}

func ExampleFindQuantities() {
	text := "Try it free for two weeks: 99.95% uptime and 120+ integrations."
	for _, sp := range value.FindQuantities(text) {
		fmt.Printf("%q: %s\n", sp.Quantity.Text, sp.Quantity)
	}
	// Output:
	// "two weeks": 14 days
	// "99.95%": 99.95%
	// "120+ integrations": 120+ integrations
}
