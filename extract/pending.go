package extract

import "context"

// Temporary signatures so other packages compile; the extract work replaces this file.

// HTML extracts an HTML page.
func HTML(ctx context.Context, source string, data []byte) (*Text, error) { return &Text{}, nil }

// Markdown extracts a Markdown or MDX file.
func Markdown(ctx context.Context, source string, data []byte) (*Text, error) { return &Text{}, nil }

// Plain extracts plain text.
func Plain(ctx context.Context, source string, data []byte) (*Text, error) { return &Text{}, nil }
