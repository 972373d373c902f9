package crawl

// skipExts are extensions of files that are never content: a directory walk
// passes them by without opening them, and naming one explicitly gives an
// "unknown format" Document. It is read-only.
var skipExts = map[string]bool{
	// images
	".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".webp": true, ".avif": true,
	".svg": true, ".ico": true, ".bmp": true, ".tif": true, ".tiff": true, ".heic": true,
	// fonts
	".woff": true, ".woff2": true, ".ttf": true, ".otf": true, ".eot": true,
	// audio and video
	".mp3": true, ".mp4": true, ".m4a": true, ".wav": true, ".ogg": true, ".webm": true, ".mov": true,
	// archives and binaries
	".zip": true, ".gz": true, ".tgz": true, ".tar": true, ".bz2": true, ".xz": true, ".7z": true,
	".rar": true, ".exe": true, ".dll": true, ".so": true, ".dylib": true, ".wasm": true, ".bin": true,
	// style, code and data
	".css": true, ".scss": true, ".sass": true, ".less": true, ".map": true,
	".js": true, ".mjs": true, ".cjs": true, ".ts": true, ".tsx": true, ".jsx": true,
	".json": true, ".yaml": true, ".yml": true, ".toml": true, ".xml": true, ".csv": true,
	".lock": true, ".sum": true, ".mod": true, ".go": true, ".py": true, ".rb": true, ".sh": true,
}
