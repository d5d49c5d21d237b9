package store

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/quotebench/quotebench/annot"
)

// The crash test: a child process (this test binary, re-executed) applies
// random user actions, undo and redo included, through the store API and prints "begin" before and
// "ok" after each one commits. The parent SIGKILLs it at a random moment,
// then checks that the file is intact, that every action reported ok is
// there, and that the action in flight is either entirely there or not at
// all. Then it starts the next child on the same file. `make crashtest`
// runs it with -crash.kills=200.

var crashKills = flag.Int("crash.kills", 20, "number of SIGKILLs in TestCrash")

const crashEnv = "QUOTEBENCH_CRASH_CHILD"

type crashAction struct {
	Kind   string       `json:"kind"`
	Q      int64        `json:"q,omitempty"`
	M      int64        `json:"m,omitempty"`
	E      int64        `json:"e,omitempty"`
	From   int64        `json:"from,omitempty"`
	Span   annot.Span   `json:"span"`
	Parts  []annot.Span `json:"parts,omitempty"`
	State  string       `json:"state,omitempty"`
	Status string       `json:"status,omitempty"`
	// ids created, filled in by the child after commit (or by the parent
	// from the file for an action that was in flight)
	NewM, NewE, NewQ int64
}

// crashModel is what the parent believes is stored.
type crashModel struct {
	Mentions map[int64]crashMention
	Quotes   map[int64]crashQuote
	Entities map[int64]bool
	Status   string
}

type crashMention struct {
	Span annot.Span
	Ent  int64
}

type crashQuote struct {
	Parts []annot.Span
	State string
	Spk   int64
}

func (m crashModel) clone() crashModel {
	c := crashModel{Mentions: map[int64]crashMention{}, Quotes: map[int64]crashQuote{}, Entities: map[int64]bool{}, Status: m.Status}
	for k, v := range m.Mentions {
		c.Mentions[k] = v
	}
	for k, v := range m.Quotes {
		c.Quotes[k] = v
	}
	for k, v := range m.Entities {
		c.Entities[k] = v
	}
	return c
}

func (m crashModel) String() string {
	var lines []string
	for id, x := range m.Mentions {
		lines = append(lines, fmt.Sprintf("m%d %v ent=%d", id, x.Span, x.Ent))
	}
	for id, x := range m.Quotes {
		lines = append(lines, fmt.Sprintf("q%d %v %s spk=%d", id, x.Parts, x.State, x.Spk))
	}
	for id := range m.Entities {
		lines = append(lines, fmt.Sprintf("e%d", id))
	}
	sort.Strings(lines)
	return "status=" + m.Status + "\n" + strings.Join(lines, "\n")
}

// apply changes the model as the store should have.
func (m *crashModel) apply(a crashAction) {
	switch a.Kind {
	case "add-mention":
		if a.E == 0 {
			m.Entities[a.NewE] = true
			m.Mentions[a.NewM] = crashMention{a.Span, a.NewE}
		} else {
			m.Mentions[a.NewM] = crashMention{a.Span, a.E}
		}
	case "add-quote":
		m.Quotes[a.NewQ] = crashQuote{Parts: a.Parts, State: "accepted"}
	case "quote-state":
		q := m.Quotes[a.Q]
		q.State = a.State
		m.Quotes[a.Q] = q
	case "speaker":
		q := m.Quotes[a.Q]
		q.Spk = a.M
		m.Quotes[a.Q] = q
	case "merge":
		for id, x := range m.Mentions {
			if x.Ent == a.From {
				x.Ent = a.E
				m.Mentions[id] = x
			}
		}
		delete(m.Entities, a.From)
	case "delete-quote":
		delete(m.Quotes, a.Q)
	case "status":
		m.Status = a.Status
	}
}

// crashHistory is the model with its undo and redo stacks: states before
// each journaled action not undone, and states after each undone one.
type crashHistory struct {
	cur        crashModel
	undo, redo []crashModel
}

func (h crashHistory) clone() crashHistory {
	return crashHistory{cur: h.cur.clone(), undo: append([]crashModel(nil), h.undo...), redo: append([]crashModel(nil), h.redo...)}
}

// do applies an action: an edit that changes something is journaled,
// moves a todo document to in progress and clears the redo stack; undo and
// redo move between the stacks.
func (h *crashHistory) do(a crashAction) {
	switch a.Kind {
	case "undo":
		if n := len(h.undo); n > 0 {
			h.redo = append(h.redo, h.cur)
			h.cur = h.undo[n-1]
			h.undo = h.undo[:n-1]
		}
	case "redo":
		if n := len(h.redo); n > 0 {
			h.undo = append(h.undo, h.cur)
			h.cur = h.redo[n-1]
			h.redo = h.redo[:n-1]
		}
	default:
		before := h.cur.clone()
		h.cur.apply(a)
		if h.cur.String() != before.String() {
			if a.Kind != "status" && h.cur.Status == string(annot.StatusTodo) { // the first action starts the document
				h.cur.Status = string(annot.StatusInProgress)
			}
			h.undo = append(h.undo, before)
			h.redo = nil
		}
	}
}

// readModel reads the stored state of the crash document.
func readModel(s *Store, doc annot.DocID) (crashModel, error) {
	m := crashModel{Mentions: map[int64]crashMention{}, Quotes: map[int64]crashQuote{}, Entities: map[int64]bool{}}
	a, err := s.Annotations(doc)
	if err != nil {
		return m, err
	}
	d, err := s.Document(doc)
	if err != nil {
		return m, err
	}
	m.Status = string(d.Status)
	for _, e := range a.Entities {
		m.Entities[int64(e.ID)] = true
	}
	for _, x := range a.Mentions {
		m.Mentions[int64(x.ID)] = crashMention{x.Span, int64(x.Entity)}
	}
	for _, q := range a.Quotes {
		m.Quotes[int64(q.ID)] = crashQuote{q.Parts, string(q.State), int64(q.Speaker)}
	}
	return m, nil
}

const crashText = "The minister said the bridge would reopen in May. “We are on schedule,” she said. Residents doubted it. " +
	"The council said it would publish the results, and engineers said tests take three weeks."

// TestCrashChild is the child process; it does nothing in a normal run.
func TestCrashChild(t *testing.T) {
	path := os.Getenv(crashEnv)
	if path == "" {
		t.Skip("only run as the crash test's child")
	}
	seed, _ := strconv.ParseInt(os.Getenv(crashEnv+"_SEED"), 10, 64)
	doc, _ := strconv.ParseInt(os.Getenv(crashEnv+"_DOC"), 10, 64)
	rng := rand.New(rand.NewSource(seed))
	s, err := Open(path, Options{})
	if err != nil {
		fmt.Printf("error %v\n", err)
		os.Exit(3)
	}
	n := len([]rune(crashText))
	os.Stdout.WriteString("ready\n")
	for {
		cur, err := readModel(s, annot.DocID(doc))
		if err != nil {
			fmt.Printf("error %v\n", err)
			os.Exit(3)
		}
		a := pickAction(rng, cur, n)
		b, _ := json.Marshal(a)
		os.Stdout.WriteString("begin " + string(b) + "\n")
		if err := doAction(s, annot.DocID(doc), &a); err != nil {
			fmt.Printf("error %s: %v\n", a.Kind, err)
			os.Exit(3)
		}
		b, _ = json.Marshal(a)
		os.Stdout.WriteString("ok " + string(b) + "\n")
	}
}

func keys[V any](m map[int64]V) []int64 {
	var ks []int64
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}

func pickAction(rng *rand.Rand, cur crashModel, n int) crashAction {
	span := func() annot.Span {
		s := rng.Intn(n - 10)
		return annot.Span{Start: s, End: s + 1 + rng.Intn(8)}
	}
	ents, ments, quotes := keys(cur.Entities), keys(cur.Mentions), keys(cur.Quotes)
	for {
		switch rng.Intn(10) {
		case 0:
			return crashAction{Kind: "add-mention", Span: span()}
		case 1:
			if len(ents) > 0 {
				return crashAction{Kind: "add-mention", Span: span(), E: ents[rng.Intn(len(ents))]}
			}
		case 2:
			a := rng.Intn(n/2 - 5)
			b := n/2 + rng.Intn(n/2-5)
			return crashAction{Kind: "add-quote", Parts: []annot.Span{{Start: a, End: a + 3}, {Start: b, End: b + 4}}}
		case 3:
			if len(quotes) > 0 {
				st := []string{"accepted", "rejected", "suggested", "edited"}[rng.Intn(4)]
				return crashAction{Kind: "quote-state", Q: quotes[rng.Intn(len(quotes))], State: st}
			}
		case 4:
			if len(quotes) > 0 && len(ments) > 0 {
				return crashAction{Kind: "speaker", Q: quotes[rng.Intn(len(quotes))], M: ments[rng.Intn(len(ments))]}
			}
		case 5:
			if len(ents) > 1 && rng.Intn(3) == 0 {
				i, j := rng.Intn(len(ents)), rng.Intn(len(ents))
				if i != j {
					return crashAction{Kind: "merge", E: ents[i], From: ents[j]}
				}
			}
		case 6:
			if len(quotes) > 3 {
				return crashAction{Kind: "delete-quote", Q: quotes[rng.Intn(len(quotes))]}
			}
		case 7:
			return crashAction{Kind: "status", Status: string(annot.Statuses[rng.Intn(len(annot.Statuses))])}
		case 8:
			return crashAction{Kind: "undo"}
		case 9:
			return crashAction{Kind: "redo"}
		}
	}
}

func doAction(s *Store, doc annot.DocID, a *crashAction) error {
	switch a.Kind {
	case "add-mention":
		m, err := s.AddMention(doc, a.Span, annot.LabelPerson, annot.MentionName, annot.EntityID(a.E))
		if err != nil {
			return err
		}
		a.NewM = int64(m)
		if a.E == 0 {
			an, err := s.Annotations(doc)
			if err != nil {
				return err
			}
			a.NewE = int64(an.Mention(m).Entity)
		}
		return nil
	case "add-quote":
		q, err := s.AddQuote(doc, a.Parts, annot.KindDirect)
		a.NewQ = int64(q)
		return err
	case "quote-state":
		return s.SetQuoteState(annot.QuoteID(a.Q), annot.State(a.State))
	case "speaker":
		return s.SetSpeaker(annot.QuoteID(a.Q), annot.MentionID(a.M), false)
	case "merge":
		return s.MergeEntities(annot.EntityID(a.E), annot.EntityID(a.From))
	case "delete-quote":
		return s.DeleteQuote(annot.QuoteID(a.Q))
	case "status":
		return s.SetStatus(doc, annot.Status(a.Status))
	case "undo":
		_, _, err := s.Undo()
		return err
	case "redo":
		_, _, err := s.Redo()
		return err
	}
	return fmt.Errorf("unknown action %q", a.Kind)
}

// fillNewIDs gives an in-flight add the ids it got in the file, if any.
func fillNewIDs(a *crashAction, model, got crashModel) {
	for id := range got.Mentions {
		if _, ok := model.Mentions[id]; !ok {
			a.NewM = id
		}
	}
	for id := range got.Entities {
		if !model.Entities[id] {
			a.NewE = id
		}
	}
	for id := range got.Quotes {
		if _, ok := model.Quotes[id]; !ok {
			a.NewQ = id
		}
	}
}

func TestCrash(t *testing.T) {
	if os.Getenv(crashEnv) != "" {
		t.Skip("child")
	}
	kills := *crashKills
	if testing.Short() {
		kills = 5
	}
	path := filepath.Join(t.TempDir(), "crash"+Ext)
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := s.AddDocument(annot.Document{Title: "crash", Text: crashText}, nil, annot.OriginDetector)
	if err != nil {
		t.Fatal(err)
	}
	start, err := readModel(s, doc)
	if err != nil {
		t.Fatal(err)
	}
	model := crashHistory{cur: start}
	s.Close()

	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	totalOK, inFlightCommitted := 0, 0
	for k := 0; k < kills; k++ {
		seed := rng.Int63()
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashEnv+"="+path, fmt.Sprintf("%s_SEED=%d", crashEnv, seed), fmt.Sprintf("%s_DOC=%d", crashEnv, doc))
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := make(chan string, 1024)
		go func() {
			sc := bufio.NewScanner(stdout)
			sc.Buffer(make([]byte, 1<<20), 1<<20)
			for sc.Scan() {
				lines <- sc.Text()
			}
			close(lines)
		}()
		// Wait until the child is ready, then kill it at a random moment.
		var all []string
		for l := range lines {
			all = append(all, l)
			if l == "ready" || strings.HasPrefix(l, "error") {
				break
			}
		}
		if k%5 == 0 {
			// While the child writes: a second writer is refused, a
			// reader gets a consistent view.
			if w, err := Open(path, Options{}); !errors.Is(err, annot.ErrBusy) {
				if w != nil {
					w.Close()
				}
				t.Fatalf("kill %d: second writer while the child runs: %v, want annot.ErrBusy", k, err)
			}
			r, err := Open(path, Options{ReadOnly: true})
			if err != nil {
				t.Fatalf("kill %d: read-only open while the child runs: %v", k, err)
			}
			if _, err := readModel(r, doc); err != nil {
				t.Fatalf("kill %d: read while the child runs: %v", k, err)
			}
			r.Close()
		}
		time.Sleep(time.Duration(rng.Intn(80000)) * time.Microsecond)
		cmd.Process.Signal(syscall.SIGKILL)
		for l := range lines {
			all = append(all, l)
		}
		cmd.Wait()

		var pending *crashAction
		oks := 0
		for _, l := range all {
			kind, js, _ := strings.Cut(l, " ")
			switch kind {
			case "error":
				t.Fatalf("kill %d: child failed: %s", k, l)
			case "begin":
				var a crashAction
				if err := json.Unmarshal([]byte(js), &a); err != nil {
					t.Fatalf("kill %d: %q: %v", k, l, err)
				}
				pending = &a
			case "ok":
				var a crashAction
				if err := json.Unmarshal([]byte(js), &a); err != nil {
					// the child died mid-line: the action may or may not be there
					continue
				}
				model.do(a)
				pending = nil
				oks++
			}
		}
		totalOK += oks

		// The lock of the killed child must not block this open.
		s, err := Open(path, Options{})
		if err != nil {
			t.Fatalf("kill %d: reopen after SIGKILL: %v", k, err)
		}
		if v := pragma(t, s.db, "integrity_check"); v != "ok" {
			t.Fatalf("kill %d: integrity_check: %s", k, v)
		}
		fk, err := s.db.Query("PRAGMA foreign_key_check")
		if err != nil {
			t.Fatal(err)
		}
		if fk.Next() {
			t.Fatalf("kill %d: foreign key violations", k)
		}
		fk.Close()
		got, err := readModel(s, doc)
		s.Close()
		if err != nil {
			t.Fatal(err)
		}
		if got.String() == model.cur.String() {
			continue
		}
		if pending != nil {
			with := model.clone()
			fillNewIDs(pending, model.cur, got)
			with.do(*pending)
			if got.String() == with.cur.String() {
				model = with
				inFlightCommitted++
				continue
			}
			t.Fatalf("kill %d after %d actions: stored state is neither before nor after the action in flight %+v\nstored:\n%s\nbefore:\n%s\nafter:\n%s",
				k, oks, *pending, got, model.cur, with.cur)
		}
		t.Fatalf("kill %d after %d actions: stored state lost reported actions\nstored:\n%s\nwant:\n%s", k, oks, got, model.cur)
	}
	t.Logf("%d kills survived; %d actions reported and verified; %d in-flight actions were committed before the kill", kills, totalOK, inFlightCommitted)
}
