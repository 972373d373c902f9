package bytesize

import "testing"

func TestFormat(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{
		{0, "0 bytes"},
		{1, "1 byte"},
		{209, "209 bytes"},
		{1023, "1023 bytes"},
		{1024, "1 KB"},
		{64 << 10, "64 KB"},
		{1536, "1.5 KB"},
		{1<<20 - 1, "1.0 MB"},
		{1023 << 10, "1023 KB"},
		{1023<<10 + 1000, "1.0 MB"},
		{10 << 20, "10 MB"},
		{32<<20 + 512<<10, "32.5 MB"},
		{200 << 20, "200 MB"},
		{5 << 30, "5120 MB"},
	}
	for _, tt := range tests {
		if got := Format(tt.n); got != tt.want {
			t.Errorf("Format(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}
