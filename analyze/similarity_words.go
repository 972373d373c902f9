package analyze

// Read-only word tables for similarity: the words that carry no topic, the
// synonym groups that make paraphrases meet, and two-word simPhrases that mean
// one thing. Keys are lower-case surface words; values are the concept a
// group shares. Synonyms are looked up before stemming (surface forms) and
// again after it (stems), so one entry covers "stored", "stores" and "store".

// simStop are words, beyond Snowball's English stop list, that carry no
// topic in marketing copy.
var simStop = map[string]bool{
	"every": true, "everi": true, "also": true, "can": true, "will": true,
	"us": true, "we": true, "you": true, "your": true, "yours": true,
	"let": true, "lets": true, "per": true, "via": true, "within": true,
	"may": true, "might": true, "could": true, "would": true, "like": true,
	"just": true, "even": true, "today": true, "now": true, "whole": true,
	"entire": true, "across": true, "up": true, "whether": true, "x": true,
}

// simNegations are kept although Snowball lists them as stop words: "never"
// and "no" change what a sentence claims.
var simNegations = map[string]bool{
	"no": true, "not": true, "never": true, "nor": true, "don't": true,
	"doesn't": true, "won't": true, "isn't": true, "aren't": true, "zero": true,
}

// simSynonyms maps a surface word or a stem to the concept of its group.
var simSynonyms = map[string]string{
	// where data lives
	"store": "store", "stored": "store", "kept": "store", "keep": "store",
	"host": "store", "hosted": "store", "stay": "store", "stays": "store",
	"remain": "store", "resid": "store", "resides": "store", "held": "store",
	"locat": "store", "located": "store",
	"eu": "eu", "europ": "eu", "europe": "eu", "european": "eu",
	"data": "data", "inform": "data", "information": "data", "record": "data",
	"never": "never", "no": "never", "not": "never", "zero": "never",
	"nor": "never", "don't": "never", "doesn't": "never", "won't": "never",
	"isn't": "never", "aren't": "never",
	"custom": "customer", "customer": "customer", "client": "customer",
	// one view
	"one": "single", "singl": "single", "single": "single", "unifi": "single",
	"unified": "single", "share": "single", "shared": "single",
	"live": "live", "realtim": "live", "instant": "live",
	"view": "view", "screen": "view", "dashboard": "view", "see": "view",
	"map": "view", "overview": "view", "visibl": "view", "visibility": "view",
	"track": "view", "pane": "view",
	"vehicl": "vehicle", "vehicle": "vehicle", "truck": "vehicle", "van": "vehicle",
	"fleet": "vehicle", "lorri": "vehicle", "car": "vehicle",
	"driver": "driver", "courier": "driver",
	"deliveri": "delivery", "delivery": "delivery", "drop": "delivery",
	"shipment": "delivery", "parcel": "delivery", "packag": "delivery",
	// savings
	"cut": "cut", "reduc": "cut", "lower": "cut", "slash": "cut", "decreas": "cut",
	"trim": "cut", "shrink": "cut", "save": "cut", "saving": "cut",
	"cost": "cost", "spend": "cost", "expens": "cost", "bill": "cost", "budget": "cost",
	"fuel": "fuel", "diesel": "fuel", "petrol": "fuel", "gas": "fuel",
	// speed
	"plan": "plan", "planner": "plan", "optimis": "plan", "optim": "plan",
	"rout": "route", "route": "route", "itinerari": "route",
	"second": "second", "sec": "second", "secs": "second",
	"minut": "minute", "min": "minute", "mins": "minute",
	"fast": "fast", "quick": "fast", "rapid": "fast", "speedi": "fast",
	"under": "under", "below": "under",
	"stop": "stop", "address": "stop",
	"develop": "developer", "developer": "developer", "dev": "developer", "devs": "developer",
	"engin": "developer", "engineer": "developer", "programm": "developer",
	// setting up
	"setup": "setup", "onboard": "setup", "install": "setup",
	"integr": "integration", "connector": "integration",
	// generic English: one concept for a word's noun and adjective forms
	// that Snowball stems apart, and for near-synonyms of IT copy
	"analyt": "analysi", "analysi": "analysi", "analys": "analysi", "analyz": "analysi",
	"infrastructur": "infrastructur", "system": "infrastructur", "server": "infrastructur",
}

// simPhrases maps two consecutive surface words to one concept.
var simPhrases = map[[2]string]string{
	{"real", "time"}:   "live",
	{"set", "up"}:      "setup",
	{"less", "than"}:   "under",
	{"never", "leave"}: "store", {"never", "leaves"}: "store",
	{"not", "leave"}: "store", {"doesn't", "leave"}: "store",
	{"number", "one"}:  "top",
	{"data", "centre"}: "datacenter", {"data", "center"}: "datacenter",
	{"data", "centres"}: "datacenter", {"data", "centers"}: "datacenter",
}

// simPhraseFirst are the first words of simPhrases.
var simPhraseFirst = func() map[string]bool {
	m := map[string]bool{}
	for p := range simPhrases {
		m[p[0]] = true
	}
	return m
}()

// simGeneric are concepts so common in marketing copy that they weigh little.
var simGeneric = map[string]bool{
	"get": true, "make": true, "help": true, "use": true, "work": true,
	"new": true, "team": true, "busi": true, "compani": true, "product": true,
	"platform": true, "solut": true, "tool": true, "softwar": true, "featur": true,
	"time": true, "way": true, "need": true, "want": true, "day": true,
	"easi": true, "simpl": true, "all": true, "go": true, "take": true,
	"start": true, "free": true, "best": true, "better": true, "more": true,
}
