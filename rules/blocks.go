package rules

import (
	"cmp"
	"slices"
)

// blockLen is how many items one block of a blocks holds.
const blockLen = 1 << 12

// blocks is a growing list of items kept in fixed-size blocks. A slice
// that append grows is copied to an array a quarter larger each time it
// is full, so for a moment the old and the new array are both alive: with
// the records of a 50,000-page corpus (50 MB) that moment was the peak of
// the whole run. A blocks never copies what it holds; it adds a block.
type blocks[T any] struct {
	bs [][]T
	n  int
}

// len is the number of items.
func (b *blocks[T]) len() int { return b.n }

// at returns the i-th item, in place.
func (b *blocks[T]) at(i int) *T { return &b.bs[i/blockLen][i%blockLen] }

// add appends v.
func (b *blocks[T]) add(v T) {
	if b.n%blockLen == 0 {
		b.bs = append(b.bs, make([]T, 0, blockLen))
	}
	last := &b.bs[len(b.bs)-1]
	*last = append(*last, v)
	b.n++
}

// sortStable sorts the items by compare, keeping the order of equal ones.
// It sorts their positions (4 bytes each), then moves every item once to
// its place, following the cycles of the permutation.
func (b *blocks[T]) sortStable(compare func(a, b *T) int) {
	perm := make([]int32, b.n)
	for i := range perm {
		perm[i] = int32(i)
	}
	slices.SortFunc(perm, func(i, j int32) int {
		return cmp.Or(compare(b.at(int(i)), b.at(int(j))), cmp.Compare(i, j))
	})
	// The item at position i is to be the one now at perm[i].
	for i := range perm {
		if perm[i] < 0 {
			continue
		}
		first := *b.at(i)
		j := i
		for {
			k := int(perm[j])
			perm[j] = -1
			if k == i {
				*b.at(j) = first
				break
			}
			*b.at(j) = *b.at(k)
			j = k
		}
	}
}

// all yields every item, in place, in order.
func (b *blocks[T]) all(yield func(*T) bool) {
	for _, bl := range b.bs {
		for i := range bl {
			if !yield(&bl[i]) {
				return
			}
		}
	}
}
