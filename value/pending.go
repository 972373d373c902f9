package value

// Temporary signatures so other packages compile; the value work replaces this file.

// ParsePrice reads a whole string as one price.
func ParsePrice(s string) (Price, error) { return Price{Text: s}, nil }

// FindPrices finds every price in running text.
func FindPrices(text string) []PriceSpan { return nil }

// Equal reports whether two prices state the same thing.
func (p Price) Equal(q Price) bool { return p.Key() == q.Key() }

// Key returns a comparable normal form.
func (p Price) Key() string { return p.Text }

// String returns the price as a person reads it.
func (p Price) String() string { return p.Text }

// ParseQuantity reads a whole string as one quantity.
func ParseQuantity(s string) (Quantity, error) { return Quantity{Text: s}, nil }

// FindQuantities finds every quantity in running text.
func FindQuantities(text string) []QuantitySpan { return nil }

// Equal reports whether two quantities are the same.
func (q Quantity) Equal(r Quantity) bool { return q.Key() == r.Key() }

// Key returns a comparable normal form.
func (q Quantity) Key() string { return q.Text }

// String returns the quantity as a person reads it.
func (q Quantity) String() string { return q.Text }
