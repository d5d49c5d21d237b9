package eval_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/quotebench/quotebench/assets"
	"github.com/quotebench/quotebench/detect"
	"github.com/quotebench/quotebench/detect/eval"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGoldenSample pins the detector's quotes (spans, kinds, cues, speakers)
// on the bundled sample article in the gold JSONL format. Run with -update after an intended change and
// review the diff.
func TestGoldenSample(t *testing.T) {
	det, err := detect.New()
	if err != nil {
		t.Fatal(err)
	}
	text := string(assets.Sample)
	rec := eval.FromAnnotations(assets.SampleName, text, det.Detect(text))
	rec.Entities = nil // the entity tagger has its own tests; pin the quotes
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(rec); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "sample.golden.json")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("output differs from %s; run go test -run TestGoldenSample -update ./detect/eval/ and review the diff", path)
	}
}
