package analyze

// The word tables of claim_subject.go. Keys are lower-case words as
// simWords writes them.

// ourSubjects are the words that, as the subject of a clause, make it the
// company's or its customers': "we", "our", "customers", "users".
var ourSubjects = map[string]bool{
	"we": true, "we're": true, "we've": true, "we'll": true, "we'd": true, "our": true,
	"us": true, "ours": true, "customer": true, "customers": true, "user": true,
	"users": true,
}

// productNouns, after "the", "our" or "this", name the company's product
// without its name: "The product will always be available".
var productNouns = map[string]bool{
	"product": true, "platform": true, "app": true, "software": true, "service": true,
	"solution": true, "tool": true, "plan": true, "plans": true, "pricing": true,
}

// productVerbs open a marketing fragment whose subject is the product:
// "Cuts fuel costs by 12%", "Plans a 200-stop route in under 30 seconds".
var productVerbs = map[string]bool{
	"cuts": true, "saves": true, "plans": true, "makes": true, "gives": true,
	"helps": true, "lets": true, "delivers": true, "brings": true, "tracks": true,
	"captures": true, "reduces": true, "boosts": true, "finds": true, "shows": true,
	"runs": true, "scales": true, "keeps": true, "turns": true, "handles": true,
	"supports": true, "connects": true, "offers": true, "provides": true,
	"speeds": true, "doubles": true, "triples": true, "halves": true, "improves": true,
	"increases": true, "lowers": true, "slashes": true, "eliminates": true, "works": true,
}

// intentVerbs, after an ourSubjects word, make the clause an intention, a
// belief or a habit of the team, not a claim about what the product does:
// "We believe that", "we always aim to", "We hired world class people".
var intentVerbs = map[string]bool{
	"believe": true, "think": true, "feel": true, "currently": true, "hope": true, "aim": true, "try": true,
	"want": true, "welcome": true, "hired": true, "established": true, "selected": true,
	"follow": true, "focus": true, "strive": true, "love": true, "like": true,
	"prefer": true, "recommend": true, "encourage": true, "expect": true, "plan": true,
	"need": true, "intend": true, "make": true, "wish": true, "learned": true,
	"found": true, "decided": true, "chose": true, "agree": true,
}

// intentNouns, after "our", make the clause the team's intention: "our
// priority is", "our focus is always".
var intentNouns = map[string]bool{
	"priority": true, "priorities": true, "focus": true, "goal": true, "goals": true,
	"objective": true, "intention": true, "approach": true, "mission": true,
	"vision": true, "aim": true, "job": true, "role": true, "advice": true,
	"charter": true, "purpose": true, "responsibility": true, "task": true,
}

// introWords open a phrase before the subject that a comma closes: "Unlike
// other SaaS providers, our source code is open".
var introWords = map[string]bool{
	"as": true, "for": true, "with": true, "by": true, "in": true, "on": true,
	"unlike": true, "after": true, "before": true, "when": true, "since": true,
	"although": true, "though": true, "while": true, "because": true, "from": true,
	"at": true, "thanks": true, "like": true, "compared": true, "once": true,
	"despite": true, "through": true, "without": true, "within": true, "during": true,
	"given": true, "however": true, "moreover": true, "also": true, "today": true,
	"now": true, "here": true, "so": true, "but": true, "and": true, "plus": true,
	"different": true, "besides": true, "finally": true, "overall": true, "instead": true,
	"if": true, "unless": true,
}

// clauseVerbs end the subject of a clause: auxiliaries, common verbs and
// the adverbs that stand between a subject and its verb.
var clauseVerbs = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"had": true, "will": true, "can": true, "could": true, "would": true, "should": true,
	"may": true, "might": true, "must": true, "does": true, "do": true, "did": true,
	"don't": true, "doesn't": true, "isn't": true, "aren't": true, "won't": true,
	"can't": true, "means": true, "makes": true, "helps": true, "gets": true,
	"want": true, "wants": true, "need": true, "needs": true, "come": true, "comes": true,
	"get": true, "take": true, "takes": true, "seem": true, "seems": true, "become": true,
	"became": true, "tend": true, "tends": true, "know": true, "say": true, "says": true,
	"said": true, "saw": true, "see": true, "look": true, "looks": true, "feel": true,
	"allow": true, "allows": true, "require": true, "requires": true, "use": true,
	"uses": true, "used": true, "found": true, "think": true, "believe": true,
	"always": true, "never": true, "often": true, "usually": true, "also": true,
	"still": true, "just": true, "only": true, "really": true, "rarely": true,
	"reduce": true, "cut": true, "save": true, "improve": true, "beat": true, "beats": true,
	"matters": true, "matter": true, "enable": true, "enables": true, "let": true,
	"lets": true, "give": true, "gives": true, "provide": true, "provides": true,
	"offer": true, "offers": true, "run": true, "runs": true, "work": true, "works": true,
	"indicates": true, "shows": true, "show": true, "report": true, "reports": true,
	"agrees": true, "agree": true, "go": true, "goes": true, "grow": true, "grows": true,
}

// opinionWords after "it is" frame an opinion or advice: "It is crucial
// that", "It's best to".
var opinionWords = map[string]bool{
	"crucial": true, "critical": true, "important": true, "essential": true,
	"worth": true, "best": true, "recommended": true, "key": true, "vital": true,
	"necessary": true, "helpful": true, "useful": true, "better": true,
}

// fillers are words before a subject that say nothing about it.
var fillers = map[string]bool{
	"however": true, "moreover": true, "also": true, "but": true, "and": true,
	"so": true, "plus": true, "now": true, "today": true, "finally": true,
	"overall": true, "then": true, "thus": true, "therefore": true, "yet": true,
	"please": true, "just": true,
}

// otherPronouns are subjects that are not the company: the reader, a
// third party, the writer.
var otherPronouns = map[string]bool{
	"you": true, "they": true, "i": true, "he": true,
	"she": true, "one": true, "someone": true, "everyone": true, "nobody": true,
	"nothing": true, "everything": true, "anyone": true,
}

// adviceVerbs open an instruction to the reader: "Note that", "See our
// page", "always understand the context".
var adviceVerbs = map[string]bool{
	"note": true, "see": true, "remember": true, "read": true, "check": true,
	"ensure": true, "consider": true, "look": true, "follow": true, "avoid": true,
	"understand": true, "figure": true, "think": true, "write": true, "always": true,
	"never": true, "don't": true, "do": true, "make": true, "keep": true,
}

// agentWords after a past participle make it a marketing fragment:
// "Guaranteed to", "Trusted by", "Built for".
var agentWords = map[string]bool{"to": true, "by": true, "for": true, "with": true, "in": true}

// subjectEnds are the prepositions and relatives after which the words of
// a subject no longer name what it is: "the size of its data team".
var subjectEnds = map[string]bool{
	"of": true, "for": true, "in": true, "on": true, "with": true, "to": true,
	"at": true, "by": true, "from": true, "who": true, "which": true, "that": true,
	"when": true, "where": true, "about": true, "like": true,
}

// quantifiers before "of" leave the head of a subject after it: "most of
// our customers".
var quantifiers = map[string]bool{
	"most": true, "many": true, "some": true, "all": true, "few": true, "majority": true,
	"half": true, "each": true, "one": true, "none": true, "several": true, "thousands": true,
	"hundreds": true, "millions": true,
}

// vocabStop are words of four letters or more too common to mark a
// subject as the company's.
var vocabStop = map[string]bool{
	"that": true, "this": true, "with": true, "from": true, "your": true, "their": true,
	"into": true, "than": true, "them": true, "they": true, "what": true, "when": true,
	"where": true, "which": true, "while": true, "every": true, "other": true,
	"more": true, "most": true, "less": true, "only": true, "such": true, "some": true,
	"many": true, "much": true, "very": true, "over": true, "under": true, "about": true,
	"without": true, "across": true, "one": true, "team": true, "teams": true,
	"company": true, "companies": true, "people": true, "thing": true, "things": true,
	"time": true, "times": true, "world": true, "never": true, "always": true,
}

// staffNouns are people at work, who head a subject that "customer" or
// "user" only qualifies: "customer engineers".
var staffNouns = map[string]bool{
	"engineer": true, "engineers": true, "manager": true, "managers": true,
	"rep": true, "reps": true, "executive": true, "executives": true,
	"advocate": true, "advocates": true, "researcher": true, "researchers": true,
	"interviews": true, "calls": true, "call": true,
}

// linkingVerbs after a bare "this" or "that" make the claim one about what
// it points to: "This is the fastest way", "This will always be free".
var linkingVerbs = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "will": true, "would": true,
	"can": true, "could": true, "may": true, "might": true, "should": true,
	"has": true, "have": true, "had": true, "always": true, "never": true,
	"does": true, "do": true, "also": true, "still": true, "just": true, "only": true,
	"really": true, "often": true, "usually": true,
}
