package rules

// checkListingPrices reports, for price-mismatch, each product a page
// presents whose price differs from the catalogue's: its regular price,
// or its sale price while the sale holds; and, during a sale, a former
// price shown beside the sale price that is not the regular price. A
// sale price shown outside the sale's days is sale-price-outside-dates'.
func checkListingPrices(p *Pass) {
	for _, l := range catalogued(p) {
		it := l.item
		if l.Price == nil || it.Price == nil {
			continue
		}
		sale := onSale(it, p.Now)
		switch {
		case sale != nil && agreesWith(l.Price, &sale.Price):
			if l.Was != nil && !agreesWith(l.Was, it.Price) {
				l.report(p, it.Title+" is on sale at "+priceText(sale.Price)+" from its regular price of "+
					priceText(*it.Price)+" "+l.row(p)+"; "+l.where()+" gives its former price as "+priceText(*l.Was)+".",
					priceText(*it.Price), priceText(*l.Was), l.WasText)
			}
		case sale != nil:
			until := ""
			if !sale.Until.IsZero() {
				until = " until " + dayText(sale.Until)
			}
			l.report(p, it.Title+" is on sale at "+priceText(sale.Price)+until+" "+l.row(p)+"; "+
				l.where()+" says "+priceText(*l.Price)+".", priceText(sale.Price), priceText(*l.Price), l.Text)
		case agreesWith(l.Price, it.Price):
		case it.Sale != nil && agreesWith(l.Price, &it.Sale.Price):
			// the sale price out of its days: sale-price-outside-dates
		default:
			l.report(p, it.Title+" is "+priceText(*it.Price)+" "+l.row(p)+"; "+l.where()+" says "+
				priceText(*l.Price)+".", priceText(*it.Price), priceText(*l.Price), l.Text)
		}
	}
}
