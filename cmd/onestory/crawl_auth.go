package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/onestory/onestory/crawl"
)

// authOptions reads --render, --browser, --header and --cookie-file into w.
// Header values never appear in an error: they are often secrets.
func (a *app) authOptions(w *crawl.WebOptions) error {
	mode, err := crawl.ParseRenderMode(a.v.GetString("render"))
	if err != nil {
		return usageErr(fmt.Errorf("--render: %w", err))
	}
	w.Render, w.Browser = mode, a.v.GetString("browser")
	for _, h := range headerSettings(a.v.Get("header")) {
		rh, err := crawl.ParseHeader(h)
		if err != nil {
			return usageErr(fmt.Errorf("--header: %w", err))
		}
		w.Header = append(w.Header, rh)
	}
	if w.CookieFile = a.v.GetString("cookie-file"); w.CookieFile != "" {
		if _, err := os.Stat(w.CookieFile); err != nil {
			return usageErr(fmt.Errorf("--cookie-file: %w", err))
		}
	}
	return nil
}

// headerSettings returns the headers given: one per --header flag, or one
// per line of ONESTORY_HEADER or of the settings file's header value
// (viper would split a string from the environment at spaces).
func headerSettings(v any) []string {
	var lines []string
	switch x := v.(type) {
	case []string:
		return x
	case string:
		lines = strings.Split(x, "\n")
	case []any:
		for _, e := range x {
			lines = append(lines, fmt.Sprint(e))
		}
	}
	var out []string
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}
