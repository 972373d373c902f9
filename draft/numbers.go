package draft

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/value"
)

// numberWords are the counts written in words that a limit states: "up to
// ten changesets". The analyser reads digits; a draft reads these too.
var numberWords = map[string]int{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "hundred": 100,
}

// wordLimit finds a limit stated with a count in words: "up to ten
// changesets", "a maximum of five seats", "no more than three projects".
var wordLimit = regexp.MustCompile(`(?i)\b(?:up to|at most|no more than|limited to|a maximum of|maximum of|max(?:imum)?) (two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|(?:a |one )?hundred) ([a-z]{3,}s)\b`)

// addWordLimits records, as a "maximum NOUN" fact, each limit a sentence
// states with a count written in words.
func (c *Collector) addWordLimits(s analyze.Sentence, channel string) {
	if !strings.Contains(s.Text, " ") || question(s.Text) {
		return
	}
	for _, m := range wordLimit.FindAllStringSubmatch(s.Text, -1) {
		word := strings.ToLower(m[1])
		word = word[strings.LastIndexByte(word, ' ')+1:]
		n, ok := numberWords[word]
		if !ok || stopWords[strings.ToLower(m[2])] {
			continue
		}
		q, err := value.ParseQuantity(strconv.Itoa(n) + " " + strings.ToLower(m[2]))
		if err != nil || !isWord(q.Unit) || notNouns[q.Unit] || textNouns[q.Unit] || measureUnits[q.Unit] {
			continue
		}
		c.addFact("maximum "+q.Unit, quantityGroup(q), q.String(), s.Location, channel)
	}
}

// question reports whether a sentence asks.
func question(s string) bool { return strings.HasSuffix(strings.TrimSpace(s), "?") }
