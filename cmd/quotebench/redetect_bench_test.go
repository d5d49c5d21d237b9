package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/detect"
	"github.com/quotebench/quotebench/store"
)

// BenchmarkRedetect re-detects 1,000 pending documents of about 300 words
// (learning from 50 done ones first): the goal is ≤ 10 s a run.
func BenchmarkRedetect(b *testing.B) {
	p := filepath.Join(b.TempDir(), "bench"+store.Ext)
	s, err := store.Open(p, store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	det, err := detect.New()
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < 1050; i++ {
		text := fmt.Sprintf("Report %d.\n\n“We will build %d homes,” said Jo Doe, the mayor of Springfield. ", i, i)
		text += strings.Repeat("Officials said the plan would cost more than the council expected. The union pledged to fight the cuts, a spokesperson told reporters on Monday. ", 10)
		a := det.Detect(text)
		id, err := s.AddDocument(annot.Document{ExtID: fmt.Sprint("r", i), Text: text}, &a, annot.OriginDetector)
		if err != nil {
			b.Fatal(err)
		}
		if i < 50 {
			if _, err := s.AcceptAll(id); err != nil {
				b.Fatal(err)
			}
			if err := s.SetStatus(id, annot.StatusDone); err != nil {
				b.Fatal(err)
			}
		}
	}
	s.Close()
	b.ResetTimer()
	for range b.N {
		if code := run([]string{"redetect", "--project", p}, io.Discard, io.Discard); code != 0 {
			b.Fatal("redetect failed")
		}
	}
}
