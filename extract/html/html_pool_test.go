package html

import (
	"context"
	"reflect"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/extract/internal/extracttest"
)

// TestHTMLReuse checks that extractions share nothing through the buffers
// they reuse: pages read in turn, some of them twice, give what each gives
// read alone.
func TestHTMLReuse(t *testing.T) {
	pages := [][]byte{
		extracttest.Fixture(t, "testdata/pricing.html"),
		extracttest.MarketingPage(),
		[]byte("<ul><li>Fleet <b>$18</b><li>Starter</ul><!-- onestory-disable term -->"),
		[]byte(`<table><tr><th>Plan<th>Price<tr><td>Fleet<td>$18</table><div itemscope><span itemprop=price content=18>$18</span></div>`),
		{},
	}
	first := make([]*extract.Text, len(pages))
	for i, p := range pages {
		x, err := Extract(context.Background(), "p.html", p)
		if err != nil {
			t.Fatal(err)
		}
		first[i] = x
	}
	for _, i := range []int{4, 3, 2, 1, 0, 2, 0, 1} {
		x, err := Extract(context.Background(), "p.html", pages[i])
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(x, first[i]) {
			t.Errorf("page %d read again differs:\n%+v\nfirst:\n%+v", i, x, first[i])
		}
	}
}
