package store

import (
	"bufio"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/quotebench/quotebench/annot"
)

// adjText is "w000 w001 ... w299": word i at 5i.
var adjText = func() string {
	var b strings.Builder
	for i := 0; i < adjItems; i++ {
		fmt.Fprintf(&b, "w%03d ", i)
	}
	return b.String()
}()

const adjItems = 300

// adjPick is the choice on item i: a quote on the i-th word (choice a), or
// nothing (neither) for every third item.
func adjPick(i int) annot.Pick {
	p := annot.Pick{Item: fmt.Sprintf("item %d", i), Choice: "a"}
	if i%3 == 2 {
		p.Choice = "neither"
		return p
	}
	p.Add = annot.Annotations{Quotes: []annot.Quote{{ID: 1, Parts: []annot.Span{{Start: 5 * i, End: 5*i + 4}},
		Kind: annot.KindIndirect, Provenance: annot.Provenance{Origin: annot.OriginHuman, State: annot.StateAccepted}}}}
	return p
}

// quoteAt reports whether the document has a quote at pick's span.
func hasPickQuote(a annot.Annotations, p annot.Pick) bool {
	if len(p.Add.Quotes) == 0 {
		return false
	}
	for _, q := range a.Quotes {
		if q.Parts[0] == p.Add.Quotes[0].Parts[0] {
			return true
		}
	}
	return false
}

func TestAdjudicateAndUndo(t *testing.T) {
	s := newStore(t)
	doc, err := s.AddDocument(annot.Document{Text: adjText}, nil, annot.OriginHuman)
	if err != nil {
		t.Fatal(err)
	}
	la := adjPick(0).Add
	if err := s.SetLayer(doc, "Ana", "ana.quotebench", la); err != nil {
		t.Fatal(err)
	}
	if err := s.SetLayer(doc, "Bo", "bo.quotebench", annot.Annotations{}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetLayer(doc, "Ana", "ana.quotebench", adjPick(1).Add); err != nil { // replaced, keeps its place
		t.Fatal(err)
	}
	ls, err := s.Layers(doc)
	if err != nil || len(ls) != 2 || ls[0].Name != "Ana" || ls[1].Name != "Bo" || len(ls[0].Ann.Quotes) != 1 ||
		ls[0].Ann.Quotes[0].Parts[0] != adjPick(1).Add.Quotes[0].Parts[0] {
		t.Fatalf("layers %+v, %v", ls, err)
	}
	if err := s.SetLayer(doc, "Bad", "bad.quotebench", annot.Annotations{Quotes: []annot.Quote{{ID: 1, Parts: []annot.Span{{Start: 0, End: 9999}}}}}); err == nil {
		t.Error("a layer outside the text was stored")
	}
	// Two picks in one step, then one more.
	if err := s.Adjudicate(doc, adjPick(0), adjPick(1)); err != nil {
		t.Fatal(err)
	}
	if err := s.Adjudicate(doc, adjPick(2)); err != nil {
		t.Fatal(err)
	}
	done, _ := s.Adjudications(doc)
	if len(done) != 3 || done["item 2"] != "neither" {
		t.Errorf("choices %v", done)
	}
	// Deciding an item twice is refused and changes nothing.
	if err := s.Adjudicate(doc, adjPick(3), adjPick(0)); !errors.Is(err, annot.ErrConflict) {
		t.Errorf("second choice on item 0: %v, want a conflict", err)
	}
	a, _ := s.Annotations(doc)
	if len(a.Quotes) != 2 || hasPickQuote(a, adjPick(3)) {
		t.Errorf("after the refused pick: %+v", a.Quotes)
	}
	// Undo: the last step (neither) goes, then the two picks together.
	if _, _, err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	if done, _ := s.Adjudications(doc); len(done) != 2 {
		t.Errorf("after one undo: %v", done)
	}
	if _, _, err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	done, _ = s.Adjudications(doc)
	a, _ = s.Annotations(doc)
	if len(done) != 0 || len(a.Quotes) != 0 {
		t.Errorf("after undoing both steps: choices %v, quotes %d", done, len(a.Quotes))
	}
	if _, _, err := s.Redo(); err != nil {
		t.Fatal(err)
	}
	if done, _ := s.Adjudications(doc); len(done) != 2 {
		t.Errorf("after redo: %v", done)
	}
}

const adjCrashEnv = "QUOTEBENCH_ADJ_CRASH_CHILD"

// TestAdjudicateCrashChild is the child of TestAdjudicateKill: it makes
// the choices not yet made, one transaction each, printing "ack N" after
// each returns.
func TestAdjudicateCrashChild(t *testing.T) {
	path := os.Getenv(adjCrashEnv)
	if path == "" {
		t.Skip("only run as the adjudication kill test's child")
	}
	s, err := Open(path, Options{})
	if err != nil {
		fmt.Printf("error %v\n", err)
		os.Exit(3)
	}
	done, err := s.Adjudications(1)
	if err != nil {
		fmt.Printf("error %v\n", err)
		os.Exit(3)
	}
	os.Stdout.WriteString("ready\n")
	for i := 0; i < adjItems; i++ {
		p := adjPick(i)
		if _, ok := done[p.Item]; ok {
			continue
		}
		if err := s.Adjudicate(1, p); err != nil {
			fmt.Printf("error %d: %v\n", i, err)
			os.Exit(3)
		}
		os.Stdout.WriteString("ack " + strconv.Itoa(i) + "\n")
	}
	time.Sleep(time.Hour) // all made: wait for the kill
}

// Kill -9 during adjudication loses no acknowledged choice: every choice
// the child reported done is in the file with what it added, and the one
// in flight is either wholly there or not at all.
func TestAdjudicateKill(t *testing.T) {
	if os.Getenv(adjCrashEnv) != "" {
		t.Skip("child")
	}
	path := filepath.Join(t.TempDir(), "gold"+Ext)
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddDocument(annot.Document{Text: adjText}, nil, annot.OriginHuman); err != nil {
		t.Fatal(err)
	}
	s.Close()
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	acked := map[int]bool{}
	for k := 0; k < 4; k++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestAdjudicateCrashChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), adjCrashEnv+"="+path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(out)
		want := 3 + rng.Intn(15)
		got := 0
		for got < want && sc.Scan() {
			l := sc.Text()
			if strings.HasPrefix(l, "error") {
				t.Fatalf("child: %s", l)
			}
			if n, ok := strings.CutPrefix(l, "ack "); ok {
				i, _ := strconv.Atoi(n)
				acked[i] = true
				got++
			}
		}
		cmd.Process.Signal(syscall.SIGKILL)
		for sc.Scan() { // acks written before the kill landed
			if n, ok := strings.CutPrefix(sc.Text(), "ack "); ok {
				i, _ := strconv.Atoi(n)
				acked[i] = true
			}
		}
		cmd.Wait()
		r, err := Open(path, Options{ReadOnly: true})
		if err != nil {
			t.Fatalf("kill %d: reopen: %v", k, err)
		}
		done, err := r.Adjudications(1)
		if err != nil {
			t.Fatal(err)
		}
		a, err := r.Annotations(1)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		for i := range acked {
			p := adjPick(i)
			if done[p.Item] != p.Choice {
				t.Errorf("kill %d: acknowledged choice on item %d lost (%q)", k, i, done[p.Item])
			}
			if len(p.Add.Quotes) > 0 && !hasPickQuote(a, p) {
				t.Errorf("kill %d: acknowledged item %d's quote lost", k, i)
			}
		}
		// Anything recorded is whole: a choice with its quote, no quote
		// without its choice.
		for i := 0; i < adjItems; i++ {
			p := adjPick(i)
			_, chosen := done[p.Item]
			if len(p.Add.Quotes) > 0 && chosen != hasPickQuote(a, p) {
				t.Errorf("kill %d: item %d half there (choice %v, quote %v)", k, i, chosen, hasPickQuote(a, p))
			}
		}
	}
	if len(acked) < 12 {
		t.Errorf("only %d choices acknowledged over 4 kills", len(acked))
	}
	t.Logf("%d choices acknowledged over 4 kills, none lost", len(acked))
}
