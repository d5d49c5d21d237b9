package app

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/quotebench/quotebench/annot"
)

// memProject is an in-memory Project for tests of the window's logic: undo
// and redo restore whole snapshots. The tests also run on the real store
// (store_test.go) where it is available.
type memProject struct {
	path     string
	readOnly bool
	docs     []annot.Document
	ann      map[annot.DocID]*annot.Annotations
	next     int64
	undo     []memSnap
	redo     []memSnap
	closed   bool
}

type memSnap struct {
	action string
	doc    annot.DocID
	state  []byte
}

type memState struct {
	Docs []annot.Document
	Ann  map[annot.DocID]*annot.Annotations
	Next int64
}

func newMemProject(path string) *memProject {
	return &memProject{path: path, ann: map[annot.DocID]*annot.Annotations{}, next: 100}
}

func (p *memProject) snapshot() []byte {
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(memState{p.docs, p.ann, p.next}); err != nil {
		panic(err)
	}
	return b.Bytes()
}

func (p *memProject) restore(b []byte) {
	var s memState
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&s); err != nil {
		panic(err)
	}
	p.docs, p.ann, p.next = s.Docs, s.Ann, s.Next
}

// do journals one action.
func (p *memProject) do(action string, doc annot.DocID, fn func() error) error {
	if p.readOnly {
		return ErrReadOnly
	}
	before := p.snapshot()
	if err := fn(); err != nil {
		p.restore(before)
		return err
	}
	p.undo = append(p.undo, memSnap{action, doc, before})
	p.redo = nil
	return nil
}

func (p *memProject) id() int64 { p.next++; return p.next }

func (p *memProject) Path() string   { return p.path }
func (p *memProject) ReadOnly() bool { return p.readOnly }
func (p *memProject) Close() error   { p.closed = true; return nil }

func (p *memProject) addDoc(title, text string, a annot.Annotations) annot.DocID {
	id := annot.DocID(p.id())
	p.docs = append(p.docs, annot.Document{ID: id, Title: title, Text: text, Status: annot.StatusTodo})
	p.ann[id] = &a
	return id
}

func (p *memProject) Documents(f DocFilter) ([]DocSummary, error) {
	var out []DocSummary
	for _, d := range p.docs {
		if f.Status != "" && d.Status != f.Status {
			continue
		}
		if f.IDs != nil && !slices.Contains(f.IDs, d.ID) {
			continue
		}
		if f.Query != "" && !strings.Contains(strings.ToLower(d.Text+" "+d.Title), strings.ToLower(f.Query)) {
			continue
		}
		s := DocSummary{ID: d.ID, Title: d.Title, Date: d.Date, Status: d.Status}
		for _, q := range p.ann[d.ID].Quotes {
			if q.State == annot.StateSuggested {
				s.Pending++
			}
			if q.State != annot.StateRejected {
				s.Quotes++
			}
		}
		for _, m := range p.ann[d.ID].Mentions {
			if m.State == annot.StateSuggested {
				s.Pending++
			}
		}
		out = append(out, s)
	}
	return out, nil
}

func (p *memProject) Document(id annot.DocID) (annot.Document, error) {
	for _, d := range p.docs {
		if d.ID == id {
			return d, nil
		}
	}
	return annot.Document{}, annot.ErrNotFound
}

func (p *memProject) Annotations(id annot.DocID) (annot.Annotations, error) {
	a, ok := p.ann[id]
	if !ok {
		return annot.Annotations{}, annot.ErrNotFound
	}
	b, _ := json.Marshal(a)
	var c annot.Annotations
	json.Unmarshal(b, &c)
	return c, nil
}

func (p *memProject) Import(paths []string, progress func(done, total int, item string)) (ImportReport, error) {
	var r ImportReport
	for i, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			r.Rejected = append(r.Rejected, Rejected{Path: path, Reason: err.Error()})
			continue
		}
		title, _, _ := strings.Cut(string(b), "\n")
		p.do("import", 0, func() error {
			r.Added = append(r.Added, p.addDoc(title, string(b), annot.Annotations{}))
			return nil
		})
		if progress != nil {
			progress(i+1, len(paths), path)
		}
	}
	return r, nil
}

func (p *memProject) Labels() ([]annot.Label, error) { return annot.DefaultLabels, nil }

func (p *memProject) Stats() (Stats, error) {
	s := Stats{ByStatus: map[annot.Status]int{}}
	who := map[string]int{}
	for _, d := range p.docs {
		s.ByStatus[d.Status]++
		a := p.ann[d.ID]
		for _, q := range a.Quotes {
			switch q.State {
			case annot.StateAccepted:
				s.DetectorAccepted++
			case annot.StateRejected:
				s.DetectorRejected++
			case annot.StateSuggested:
				s.DetectorPending++
			}
			if n := a.SpeakerName([]rune(d.Text), q); n != "" && q.State != annot.StateRejected {
				who[n]++
			}
		}
	}
	for n, c := range who {
		s.Speakers = append(s.Speakers, SpeakerCount{n, c})
	}
	return s, nil
}

func (p *memProject) doc(id annot.DocID) *annot.Document {
	for i := range p.docs {
		if p.docs[i].ID == id {
			return &p.docs[i]
		}
	}
	return nil
}

// find returns the document and annotations holding quote q or mention m.
func (p *memProject) findQuote(q annot.QuoteID) (annot.DocID, *annot.Quote) {
	for id, a := range p.ann {
		for i := range a.Quotes {
			if a.Quotes[i].ID == q {
				return id, &a.Quotes[i]
			}
		}
	}
	return 0, nil
}

func (p *memProject) findMention(m annot.MentionID) (annot.DocID, *annot.Mention) {
	for id, a := range p.ann {
		if x := a.Mention(m); x != nil {
			return id, x
		}
	}
	return 0, nil
}

func notFound(what string, id int64) error {
	return fmt.Errorf("%s %d: %w", what, id, annot.ErrNotFound)
}

func (p *memProject) SetStatus(id annot.DocID, st annot.Status) error {
	return p.do("set status", id, func() error {
		d := p.doc(id)
		if d == nil {
			return notFound("document", int64(id))
		}
		d.Status = st
		return nil
	})
}

func (p *memProject) SetQuoteState(q annot.QuoteID, st annot.State) error {
	d, _ := p.findQuote(q)
	return p.do(string(st)+" quote", d, func() error {
		_, x := p.findQuote(q)
		if x == nil {
			return notFound("quote", int64(q))
		}
		x.State = st
		return nil
	})
}

func (p *memProject) SetMentionState(m annot.MentionID, st annot.State) error {
	d, _ := p.findMention(m)
	return p.do(string(st)+" mention", d, func() error {
		_, x := p.findMention(m)
		if x == nil {
			return notFound("mention", int64(m))
		}
		x.State = st
		return nil
	})
}

func (p *memProject) AcceptAll(id annot.DocID) (int, error) {
	n := 0
	err := p.do("accept all", id, func() error {
		a := p.ann[id]
		for i := range a.Quotes {
			if a.Quotes[i].State == annot.StateSuggested {
				a.Quotes[i].State = annot.StateAccepted
				n++
			}
		}
		for i := range a.Mentions {
			if a.Mentions[i].State == annot.StateSuggested {
				a.Mentions[i].State = annot.StateAccepted
				n++
			}
		}
		return nil
	})
	return n, err
}

func (p *memProject) SetSpeaker(q annot.QuoteID, m annot.MentionID, unattributed bool) error {
	d, _ := p.findQuote(q)
	return p.do("set speaker", d, func() error {
		_, x := p.findQuote(q)
		if x == nil {
			return notFound("quote", int64(q))
		}
		x.Speaker, x.Unattributed = m, unattributed
		if x.Origin == annot.OriginDetector && x.State == annot.StateSuggested {
			x.State = annot.StateEdited
		}
		return nil
	})
}

func (p *memProject) AddMention(id annot.DocID, sp annot.Span, l annot.Label, t annot.MentionType, e annot.EntityID) (annot.MentionID, error) {
	var mid annot.MentionID
	err := p.do("add mention", id, func() error {
		a := p.ann[id]
		if e == 0 {
			e = annot.EntityID(p.id())
			d := p.doc(id)
			a.Entities = append(a.Entities, annot.Entity{ID: e, Name: string([]rune(d.Text)[sp.Start:sp.End]), Label: l,
				Provenance: annot.Provenance{Origin: annot.OriginHuman, State: annot.StateAccepted}})
		}
		mid = annot.MentionID(p.id())
		a.Mentions = append(a.Mentions, annot.Mention{ID: mid, Span: sp, Label: l, Type: t, Entity: e,
			Provenance: annot.Provenance{Origin: annot.OriginHuman, State: annot.StateAccepted}})
		return nil
	})
	return mid, err
}

func (p *memProject) AddSpeakerMention(q annot.QuoteID, sp annot.Span, l annot.Label, t annot.MentionType) (annot.MentionID, error) {
	d, _ := p.findQuote(q)
	var mid annot.MentionID
	err := p.do("new speaker", d, func() error {
		_, x := p.findQuote(q)
		if x == nil {
			return notFound("quote", int64(q))
		}
		text := []rune(p.doc(d).Text)
		if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
			return fmt.Errorf("%w: span %v outside text of %d code points", annot.ErrInvalid, sp, len(text))
		}
		a := p.ann[d]
		e := annot.EntityID(p.id())
		a.Entities = append(a.Entities, annot.Entity{ID: e, Name: string(text[sp.Start:sp.End]), Label: l,
			Provenance: annot.Provenance{Origin: annot.OriginHuman, State: annot.StateAccepted}})
		mid = annot.MentionID(p.id())
		a.Mentions = append(a.Mentions, annot.Mention{ID: mid, Span: sp, Label: l, Type: t, Entity: e,
			Provenance: annot.Provenance{Origin: annot.OriginHuman, State: annot.StateAccepted}})
		x.Speaker, x.Unattributed = mid, false
		if x.Origin == annot.OriginDetector && x.State == annot.StateSuggested {
			x.State = annot.StateEdited
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return mid, nil
}

func (p *memProject) AddQuote(id annot.DocID, parts []annot.Span, k annot.Kind) (annot.QuoteID, error) {
	var qid annot.QuoteID
	err := p.do("add quote", id, func() error {
		qid = annot.QuoteID(p.id())
		p.ann[id].Quotes = append(p.ann[id].Quotes, annot.Quote{ID: qid, Parts: parts, Kind: k,
			Provenance: annot.Provenance{Origin: annot.OriginHuman, State: annot.StateAccepted}})
		return nil
	})
	return qid, err
}

func (p *memProject) editQuote(q annot.QuoteID, action string, fn func(*annot.Quote)) error {
	d, _ := p.findQuote(q)
	return p.do(action, d, func() error {
		_, x := p.findQuote(q)
		if x == nil {
			return notFound("quote", int64(q))
		}
		fn(x)
		return nil
	})
}

func (p *memProject) SetQuoteKind(q annot.QuoteID, k annot.Kind) error {
	return p.editQuote(q, "set kind", func(x *annot.Quote) { x.Kind = k })
}

func (p *memProject) SetQuoteParts(q annot.QuoteID, parts []annot.Span) error {
	return p.editQuote(q, "set parts", func(x *annot.Quote) { x.Parts = parts })
}

func (p *memProject) editMention(m annot.MentionID, action string, fn func(*annot.Mention)) error {
	d, _ := p.findMention(m)
	return p.do(action, d, func() error {
		_, x := p.findMention(m)
		if x == nil {
			return notFound("mention", int64(m))
		}
		fn(x)
		return nil
	})
}

func (p *memProject) SetMentionSpan(m annot.MentionID, sp annot.Span) error {
	return p.editMention(m, "set span", func(x *annot.Mention) { x.Span = sp })
}

func (p *memProject) SetMentionLabel(m annot.MentionID, l annot.Label) error {
	return p.editMention(m, "set label", func(x *annot.Mention) { x.Label = l })
}

func (p *memProject) MoveMention(m annot.MentionID, to annot.EntityID) error {
	return p.editMention(m, "move mention", func(x *annot.Mention) { x.Entity = to })
}

func (p *memProject) RenameEntity(e annot.EntityID, name string) error {
	return p.do("rename entity", 0, func() error {
		for _, a := range p.ann {
			if x := a.Entity(e); x != nil {
				x.Name = name
				return nil
			}
		}
		return notFound("entity", int64(e))
	})
}

func (p *memProject) MergeEntities(into, from annot.EntityID) error {
	return p.do("merge entities", 0, func() error {
		for _, a := range p.ann {
			if a.Entity(from) == nil {
				continue
			}
			for i := range a.Mentions {
				if a.Mentions[i].Entity == from {
					a.Mentions[i].Entity = into
				}
			}
			es := a.Entities[:0]
			for _, e := range a.Entities {
				if e.ID != from {
					es = append(es, e)
				}
			}
			a.Entities = es
			return nil
		}
		return notFound("entity", int64(from))
	})
}

func (p *memProject) Undo() (JournalEntry, bool, error) {
	if len(p.undo) == 0 {
		return JournalEntry{}, false, nil
	}
	s := p.undo[len(p.undo)-1]
	p.undo = p.undo[:len(p.undo)-1]
	p.redo = append(p.redo, memSnap{s.action, s.doc, p.snapshot()})
	p.restore(s.state)
	return JournalEntry{Doc: s.doc, Action: s.action}, true, nil
}

func (p *memProject) Redo() (JournalEntry, bool, error) {
	if len(p.redo) == 0 {
		return JournalEntry{}, false, nil
	}
	s := p.redo[len(p.redo)-1]
	p.redo = p.redo[:len(p.redo)-1]
	p.undo = append(p.undo, memSnap{s.action, s.doc, p.snapshot()})
	p.restore(s.state)
	return JournalEntry{Doc: s.doc, Action: s.action}, true, nil
}
