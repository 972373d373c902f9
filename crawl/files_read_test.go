package crawl

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

func TestReadAllSizeHint(t *testing.T) {
	body := strings.Repeat("Fleet costs $18 per vehicle per month. ", 40) // 1,560 bytes
	tests := []struct {
		name        string
		size, limit int64
		wantErr     string
	}{
		{"exact size", int64(len(body)), 4096, ""},
		{"size not known", 0, 4096, ""},
		{"file grew since stat", 100, 4096, ""},
		{"file shrank since stat", 3000, 4096, ""},
		{"at the limit", int64(len(body)), int64(len(body)), ""},
		{"over the limit", 0, 1000, "file is 1001 bytes, over the 1000 bytes limit"},
		{"grew over the limit", 100, 1000, "file is 1001 bytes, over the 1000 bytes limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// OneByteReader makes every Read short, as a pipe's may be.
			for _, r := range []io.Reader{strings.NewReader(body), iotest.OneByteReader(strings.NewReader(body))} {
				data, err := readAll(r, tt.size, tt.limit)
				var tooLarge *FileTooLargeError
				switch {
				case tt.wantErr != "":
					if !errors.As(err, &tooLarge) || err.Error() != tt.wantErr {
						t.Errorf("readAll error %v, want %q", err, tt.wantErr)
					}
				case err != nil:
					t.Errorf("readAll: %v", err)
				case string(data) != body:
					t.Errorf("readAll read %d bytes, want the %d of the body", len(data), len(body))
				}
			}
		})
	}
}

func TestReadAllSizedBuffer(t *testing.T) {
	body := strings.Repeat("x", 100_000)
	data, err := readAll(strings.NewReader(body), int64(len(body)), 1<<20)
	if err != nil || len(data) != len(body) {
		t.Fatalf("readAll read %d bytes, %v", len(data), err)
	}
	if cap(data) != len(body)+1 {
		t.Errorf("buffer of %d bytes for a body of %d: not made at its size", cap(data), len(body))
	}
}

func TestReadAllError(t *testing.T) {
	cause := errors.New("disk on fire")
	if _, err := readAll(iotest.ErrReader(cause), 10, 100); !errors.Is(err, cause) {
		t.Errorf("readAll error %v, want %v", err, cause)
	}
}
