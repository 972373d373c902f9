package rules

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestBlocksSortStable checks that blocks hold items across many blocks in
// order and sort them as slices.SortStableFunc sorts a slice: equal items
// keep the order they were added in.
func TestBlocksSortStable(t *testing.T) {
	type item struct{ key, seq int }
	for _, n := range []int{0, 1, 2, blockLen - 1, blockLen, blockLen + 1, 3*blockLen + 17} {
		rng := rand.New(rand.NewPCG(uint64(n), 1))
		var b blocks[item]
		var want []item
		for i := range n {
			it := item{key: rng.IntN(50), seq: i}
			b.add(it)
			want = append(want, it)
		}
		if b.len() != n {
			t.Fatalf("n=%d: len %d", n, b.len())
		}
		byKey := func(x, y item) int { return cmp.Compare(x.key, y.key) }
		slices.SortStableFunc(want, byKey)
		b.sortStable(func(x, y *item) int { return byKey(*x, *y) })
		var got []item
		for it := range b.all {
			got = append(got, *it)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("n=%d: sorted blocks differ from a stable sort of a slice", n)
		}
		for i := range n {
			if *b.at(i) != want[i] {
				t.Fatalf("n=%d: at(%d) = %v, want %v", n, i, *b.at(i), want[i])
			}
		}
	}
}
