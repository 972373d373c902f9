package crawl

import (
	"context"
	"errors"
	"net"
	"strings"
	"testing"
)

// TestRefusedConnection: a URL where nothing listens is a Document whose
// Err says the connection was refused, in words, without "dial tcp".
func TestRefusedConnection(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skip(err)
	}
	addr := l.Addr().String()
	l.Close()
	var docs []Document
	err = Walk(context.Background(), []string{"http://" + addr + "/"}, Options{}, func(d Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Fatalf("%d documents, want 1", len(docs))
	}
	var ce *ConnectError
	if !errors.As(docs[0].Err, &ce) {
		t.Fatalf("Err = %v (%T), want a *ConnectError", docs[0].Err, docs[0].Err)
	}
	msg := docs[0].Err.Error()
	if !strings.Contains(msg, addr+" refused the connection") || strings.Contains(msg, "dial tcp") {
		t.Errorf("Err = %q", msg)
	}
}

func TestUnknownHost(t *testing.T) {
	err := connectError(&net.DNSError{Err: "no such host", Name: "exmaple.invalid", IsNotFound: true})
	if err == nil || err.Error() != "exmaple.invalid is not a known host name (check its spelling)" {
		t.Errorf("connectError = %v", err)
	}
}
