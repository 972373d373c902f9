package hostile

import (
	"bytes"
	"compress/zlib"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCommitted checks that testdata/hostile holds exactly the small cases
// as the generator makes them, and none of the large ones.
func TestCommitted(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "hostile")
	for _, c := range Cases() {
		b, err := os.ReadFile(filepath.Join(dir, c.Name))
		switch {
		case c.Why == "":
			t.Errorf("%s: no reason given", c.Name)
		case !c.Small && err == nil:
			t.Errorf("%s (%d bytes) is committed; large cases are generated", c.Name, len(c.Data))
		case c.Small && err != nil:
			t.Errorf("%s: %v (run go run ./internal/hostile/gen testdata/hostile)", c.Name, err)
		case c.Small && !bytes.Equal(b, c.Data):
			t.Errorf("%s differs from the generator's (run go run ./internal/hostile/gen testdata/hostile)", c.Name)
		case c.Small && len(c.Data) > 16<<10:
			t.Errorf("%s: %d bytes is not small", c.Name, len(c.Data))
		}
	}
}

// TestInflateBomb checks that the bomb is small, and that its stream
// inflates to what it declares with a correct checksum.
func TestInflateBomb(t *testing.T) {
	if b := InflateBomb(1 << 30); len(b) > 2<<20 {
		t.Errorf("%d bytes, want about 1 MB", len(b))
	}
	const n = 5 << 20
	z, err := zlib.NewReader(bytes.NewReader(deflateRepeat("head(", 'A', n, ")tail")))
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(z)
	if err != nil {
		t.Fatal(err) // a wrong Adler-32 is zlib.ErrChecksum
	}
	want := "head(" + strings.Repeat("A", n) + ")tail"
	if string(got) != want {
		t.Errorf("inflates to %d bytes, want %d", len(got), len(want))
	}
}
