package spacy_test

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/quotebench/quotebench/formats"
	"github.com/quotebench/quotebench/formats/formatstest"
	"github.com/quotebench/quotebench/formats/jsonl"
	"github.com/quotebench/quotebench/formats/spacy"
)

// checkSpacyContract checks one task the way spaCy and Explosion's
// rel_component/scripts/parse_data.py load it (spaCy is on PyPI, which
// cannot be reached here, so this implements its contract):
//
//   - Doc(vocab, words=[t.text], spaces=[t.ws]) gives back the text:
//     "".join(t.text + " "*t.ws) == text, token offsets in order;
//   - whitespace as spaCy's tokenizer makes it: a word followed by one
//     space has ws; other whitespace is its own token, never a word;
//   - doc.char_span(start, end) (strict) finds every span, and its tokens
//     are token_start..token_end (inclusive);
//   - relations: head and child are the token_end of head_span and child_span;
//   - doc.ents = the spans of group "ents" raises no E1010: no two share a
//     token, and only mentions are there.
func checkSpacyContract(t *testing.T, task spacy.Task) {
	t.Helper()
	name := task.Meta.ID
	var b strings.Builder
	runes := 0
	starts, ends := map[int]int{}, map[int]int{}
	for i, tk := range task.Tokens {
		if tk.ID != i || tk.Start != runes || tk.End != runes+len([]rune(tk.Text)) || tk.Text == "" {
			t.Fatalf("%s: token %d %+v does not continue the text at %d", name, i, tk, runes)
		}
		space := strings.TrimFunc(tk.Text, unicode.IsSpace) == ""
		if !space && strings.IndexFunc(tk.Text, unicode.IsSpace) >= 0 {
			t.Errorf("%s: token %d %q mixes word and whitespace", name, i, tk.Text)
		}
		if space && tk.WS {
			t.Errorf("%s: whitespace token %d %q has ws: spaCy would have made it one token", name, i, tk.Text)
		}
		starts[tk.Start], ends[tk.End] = i, i
		b.WriteString(tk.Text)
		runes = tk.End
		if tk.WS {
			b.WriteByte(' ')
			runes++
		}
	}
	if b.String() != task.Text {
		t.Fatalf("%s: the tokens rebuild %q, the text is %q", name, b.String(), task.Text)
	}
	var ents [][2]int
	byID := map[int]spacy.Span{}
	for _, s := range task.Spans {
		ts, ok1 := starts[s.Start]
		te, ok2 := ends[s.End]
		if !ok1 || !ok2 {
			t.Errorf("%s: doc.char_span(%d, %d) is None for %s", name, s.Start, s.End, s.Label)
			continue
		}
		if s.TokenStart == nil || s.TokenEnd == nil || *s.TokenStart != ts || *s.TokenEnd != te {
			t.Errorf("%s: span %s %d-%d has tokens %v..%v, char_span gives %d..%d", name, s.Label, s.Start, s.End, s.TokenStart, s.TokenEnd, ts, te)
		}
		mention := s.Label != formats.LabelQuote && s.Label != formats.LabelCue
		switch s.Group {
		case spacy.GroupEnts:
			if !mention {
				t.Errorf("%s: %s span in doc.ents", name, s.Label)
			}
			for _, e := range ents {
				if ts <= e[1] && e[0] <= te {
					t.Errorf("%s: doc.ents: %s %d-%d overlaps tokens %d..%d (E1010)", name, s.Label, s.Start, s.End, e[0], e[1])
				}
			}
			ents = append(ents, [2]int{ts, te})
		case spacy.GroupSpans:
		default:
			t.Errorf("%s: span %+v has group %q", name, s, s.Group)
		}
		byID[s.ID] = s
	}
	for _, r := range task.Relations {
		h, okh := byID[r.HeadSpan.ID]
		c, okc := byID[r.ChildSpan.ID]
		if !okh || !okc || r.Head != *h.TokenEnd || r.Child != *c.TokenEnd {
			t.Errorf("%s: relation %s head %d child %d does not point at the last tokens of its spans", name, r.Label, r.Head, r.Child)
		}
	}
}

func exportTasks(t *testing.T, items []formats.Item, opt formats.Options) ([]spacy.Task, formats.Manifest) {
	t.Helper()
	out, man := formatstest.Export(t, "spacy", items, opt)
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var tasks []spacy.Task
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var task spacy.Task
		if err := json.Unmarshal(sc.Bytes(), &task); err != nil {
			t.Fatal(err)
		}
		tasks = append(tasks, task)
	}
	return tasks, man
}

// The export keeps spaCy's contract on emoji, CJK, combining marks, CRLF,
// tabs, double spaces, split quotes, nested and repeated mentions, and it
// reads back as written.
func TestSpacyContract(t *testing.T) {
	items := append(formatstest.All(), formatstest.Contracts()...)
	for _, opt := range []formats.Options{{State: "all"}, {}} {
		tasks, man := exportTasks(t, items, opt)
		if len(tasks) != len(items) {
			t.Fatalf("%d tasks for %d items", len(tasks), len(items))
		}
		for _, task := range tasks {
			checkSpacyContract(t, task)
		}
		overlaps := 0
		for _, p := range man.Lint {
			if p.Check == formats.CheckMentionOverlap && strings.Contains(p.Message, "doc.spans") {
				overlaps++
			}
		}
		if overlaps == 0 {
			t.Errorf("the lint does not say that BUENA VISTA goes to doc.spans: %v", man.Lint)
		}
		formatstest.RoundTrip(t, "spacy", items, opt)
	}
	// The nested mention: the longer one is the entity, the shorter a span.
	tasks, _ := exportTasks(t, formatstest.Contracts(), formats.Options{State: "all"})
	groups := map[string]string{}
	for _, s := range tasks[0].Spans {
		groups[string([]rune(tasks[0].Text)[s.Start:s.End])+"/"+s.Label] = s.Group
	}
	if groups["LAKE BUENA VISTA/GPE"] != spacy.GroupEnts || groups["BUENA VISTA/LOC"] != spacy.GroupSpans {
		t.Errorf("groups %v: want LAKE BUENA VISTA in doc.ents, BUENA VISTA in doc.spans", groups)
	}
}

// The shared sample (split quotes, a span that is a mention twice, detector
// suggestions beside the gold) exports to spaCy and keeps the contract.
func TestSpacyContractSharedSample(t *testing.T) {
	path := formatstest.SharedPath(t, "corpus/sample/putin-xi-2022-12-30.gold.jsonl")
	var items []formats.Item
	err := jsonl.Read(path, formats.Options{}, func(r formats.Record) bool {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		items = append(items, formats.Item{Doc: r.Doc, Ann: r.Ann})
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	// The gold twice on one document: every span is a quote or mention twice.
	for i := range items {
		a := items[i].Ann
		b := formatstest.Renumber(a, 1000)
		a.Entities = append(a.Entities, b.Entities...)
		a.Mentions = append(a.Mentions, b.Mentions...)
		a.Quotes = append(a.Quotes, b.Quotes...)
		items[i].Ann = a
	}
	tasks, _ := exportTasks(t, items, formats.Options{State: "all"})
	for _, task := range tasks {
		checkSpacyContract(t, task)
	}
	formatstest.RoundTrip(t, "spacy", items, formats.Options{State: "all"})
}
