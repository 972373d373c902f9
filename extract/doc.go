// Package extract turns the bytes of one document into blocks of text, each
// with the Location it came from. It knows formats, not the story.
//
// Files: extract.go (Text, Block, Location, Extract and the format table),
// html.go (goquery, with line and column tracking by the tokenizer),
// structured.go (JSON-LD and microdata prices), markdown.go (goldmark),
// plain.go (plain text), directive.go (onestory-disable comments).
package extract
