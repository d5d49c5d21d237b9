//go:build unix

package main

import (
	"bufio"
	"fmt"
	"io"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/detect"
	"github.com/quotebench/quotebench/store"
)

// kill -9 during redetect leaves every document either fully re-detected or
// untouched: a child process re-detects a project and is killed right after
// a random document, while it writes the next; after each kill every
// document holds exactly its old suggestions or exactly the new ones, every
// document reported done is re-detected, and a last run completes them all.
func TestRedetectKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: kills a child process several times")
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	orig := filepath.Join(dir, "orig"+store.Ext)
	s, err := store.Open(orig, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	det, err := detect.New() // speech: the re-detection with --scope all differs
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 200; i++ {
		text := fmt.Sprintf("Report %d.\n\n“We will build %d homes,” said Jo Doe, the mayor. The council plans to raise taxes by %d percent. ", i, i, i%9)
		text += strings.Repeat("Officials said the plan would cost more. The union pledged to fight the cuts. ", 2+i%5)
		a := det.Detect(text)
		if _, err := s.AddDocument(annot.Document{ExtID: fmt.Sprint("r", i), Text: text}, &a, annot.OriginDetector); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	before := fingerprints(t, orig)
	want := filepath.Join(dir, "want"+store.Ext)
	copyFile(t, orig, want)
	if code := run([]string{"redetect", "--project", want, "--scope", "all"}, io.Discard, io.Discard); code != 0 {
		t.Fatal("redetect failed")
	}
	after := fingerprints(t, want)
	changed := 0
	for id := range before {
		if before[id] != after[id] {
			changed++
		}
	}
	if changed < len(before)/2 {
		t.Fatalf("the re-detection changes only %d of %d documents: nothing to test", changed, len(before))
	}

	p := filepath.Join(dir, "p"+store.Ext)
	rng := rand.New(rand.NewSource(1))
	for k := 0; k < 5; k++ {
		for _, side := range []string{"", "-wal", "-shm"} {
			os.Remove(p + side)
		}
		copyFile(t, orig, p) // each kill starts from the original project
		// the child reports each document it re-detected; it is killed
		// right after a random one, while it goes on to the next
		at := 1 + rng.Intn(len(before)-1)
		cmd := exec.Command(self, "redetect", "--project", p, "--scope", "all", "--progress")
		cmd.Env = append(os.Environ(), "QUOTEBENCH_AS_MAIN=1")
		errs, err := cmd.StderrPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(errs)
		for n := 0; sc.Scan(); {
			if strings.HasPrefix(sc.Text(), "redetect: ") {
				if n++; n == at {
					cmd.Process.Signal(syscall.SIGKILL)
					break
				}
			}
		}
		io.Copy(io.Discard, errs)
		if err := cmd.Wait(); err == nil {
			t.Fatalf("kill %d: the child finished before document %d", k, at)
		}
		got := fingerprints(t, p)
		old, fresh := 0, 0
		for id, fp := range got {
			switch fp {
			case after[id]:
				fresh++
			case before[id]:
				old++
			default:
				t.Fatalf("kill %d: document %d is neither as before nor fully re-detected:\n%s\nbefore:\n%s\nafter:\n%s", k, id, fp, before[id], after[id])
			}
		}
		t.Logf("kill %d after document %d: %d documents re-detected, %d untouched", k, at, fresh, old)
		// Every reported document is durable. The child goes on while the
		// signal travels, so more may be done; how many depends on timing.
		if fresh < at {
			t.Errorf("kill %d after document %d was reported: only %d documents re-detected", k, at, fresh)
		}
	}
	if code := run([]string{"redetect", "--project", p, "--scope", "all"}, io.Discard, io.Discard); code != 0 {
		t.Fatal("final redetect failed")
	}
	if got := fingerprints(t, p); !mapsEqual(got, after) {
		t.Error("after a full run the documents differ from a run that was never killed")
	}
}

// fingerprints describes each document's annotations without row ids.
func fingerprints(t *testing.T, p string) map[annot.DocID]string {
	t.Helper()
	out := map[annot.DocID]string{}
	eachDoc(t, p, func(d annot.DocSummary, _ annot.Document, a annot.Annotations) {
		var lines []string
		for _, m := range a.Mentions {
			lines = append(lines, fmt.Sprintf("m %v %s %s %s %s %.2f", m.Span, m.Label, m.Type, m.Origin, m.State, m.Confidence))
		}
		for _, q := range a.Quotes {
			spk := annot.Span{}
			if m := a.Mention(q.Speaker); m != nil {
				spk = m.Span
			}
			lines = append(lines, fmt.Sprintf("q %v %s %v %s %s %.2f speaker %v", q.Parts, q.Kind, q.Cue, q.Origin, q.State, q.Confidence, spk))
		}
		slices.Sort(lines)
		out[d.ID] = strings.Join(lines, "\n")
	})
	return out
}

func mapsEqual(a, b map[annot.DocID]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
