package ingest

import (
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/store"
)

// An import killed at a random moment (SIGKILL) leaves a project that
// opens, holding whole batches only; running the import again adds the
// rest and reports what was there as duplicates, so that after the last
// run every article is in the project exactly once.
func TestImportKilled(t *testing.T) {
	if corpus, project := os.Getenv("QB_IMPORT_CORPUS"), os.Getenv("QB_IMPORT_PROJECT"); corpus != "" {
		s, err := store.Open(project, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := (Importer{Store: s}).Import([]string{corpus}, nil); err != nil {
			t.Fatal(err)
		}
		s.Close()
		return
	}
	if testing.Short() {
		t.Skip("kills child processes")
	}
	n := 4*BatchDocs + 123
	corpus := writeCorpus(t, n)
	project := filepath.Join(t.TempDir(), "p"+store.Ext)
	rnd := rand.New(rand.NewSource(time.Now().UnixNano()))
	count := func() int {
		s, err := store.Open(project, store.Options{ReadOnly: true})
		if err != nil {
			t.Fatalf("the project after a kill: %v", err)
		}
		defer s.Close()
		docs, err := s.Documents(annot.DocFilter{})
		if err != nil {
			t.Fatal(err)
		}
		return len(docs)
	}
	kills, seen := 0, []int{}
	for i := 0; i < 6; i++ {
		cmd := exec.Command(os.Args[0], "-test.run", "^TestImportKilled$")
		cmd.Env = append(os.Environ(), "QB_IMPORT_CORPUS="+corpus, "QB_IMPORT_PROJECT="+project)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(50+rnd.Intn(500)) * time.Millisecond)
		if cmd.Process.Signal(syscall.SIGKILL) == nil {
			kills++
		}
		cmd.Wait()
		if _, err := os.Stat(project); err != nil {
			continue // killed before the project was made
		}
		c := count()
		if c%BatchDocs != 0 && c != n {
			t.Fatalf("after kill %d: %d documents, not whole batches of %d", i+1, c, BatchDocs)
		}
		seen = append(seen, c)
	}
	before := 0
	if _, err := os.Stat(project); err == nil {
		before = count()
	}
	s, err := store.Open(project, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rep, err := Importer{Store: s}.Import([]string{corpus}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Duplicates) != before || len(rep.Added) != n-before {
		t.Errorf("final run: %d duplicates, %d added; want %d and %d", len(rep.Duplicates), len(rep.Added), before, n-before)
	}
	docs, _ := s.Documents(annot.DocFilter{})
	if len(docs) != n {
		t.Errorf("%d documents in the end, want %d", len(docs), n)
	}
	t.Logf("%d kills; documents after each: %v; %d before the final run", kills, seen, before)
}
