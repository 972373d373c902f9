package rules

import "github.com/onestory/onestory/analyze"

var salePriceOutsideDates = &Rule{
	ID: "sale-price-outside-dates",
	Doc: `A sale price shown before its sale starts or after it ends

A product of the catalogue (catalog:, or a product's sale_price in the
story file) may have a sale price and the days it holds: sale_from and
sale_until, or Merchant Center's sale_price_effective_date. A page, card
or structured data that shows the sale price as the price on another day
is reported, naming the catalogue row and the sale's days; the day is
today, or --today. Example: “Alpine Shell Jacket shows its sale price
$199, but its sale in the catalogue (catalog.csv:4) ran from 2026-11-01
to 2026-11-30; its price is $249.” One wrong price is one finding for
each channel that shows it, with the other places as related locations.`,
	Severity: Error,
	Scope:    Document,
	Gather:   true,
	Reads:    analyze.FindValues,
	Catalog:  true,
	Check:    checkSalePriceOutsideDates,
}

// checkSalePriceOutsideDates reports each listing that shows its item's
// sale price on a day outside the sale.
func checkSalePriceOutsideDates(p *Pass) {
	for _, l := range catalogued(p) {
		it := l.item
		if it.Sale == nil || it.Sale.On(p.Now) || !agreesWith(l.Price, &it.Sale.Price) || agreesWith(l.Price, it.Price) {
			continue
		}
		when := "ran"
		if !it.Sale.From.IsZero() && p.Now.Before(it.Sale.From) {
			when = "runs"
		}
		days := "until " + dayText(it.Sale.Until)
		switch {
		case !it.Sale.From.IsZero() && !it.Sale.Until.IsZero():
			days = "from " + dayText(it.Sale.From) + " to " + dayText(it.Sale.Until)
		case !it.Sale.From.IsZero():
			days = "from " + dayText(it.Sale.From)
		}
		canon := "no price"
		if it.Price != nil {
			canon = priceText(*it.Price)
		}
		l.report(p, it.Title+" shows its sale price "+priceText(it.Sale.Price)+", but its sale "+l.row(p)+" "+
			when+" "+days+"; its price is "+canon+".", canon, priceText(*l.Price), l.Text)
	}
}
