package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestMain lets the test binary stand in for quotebench in the pipelines
// the tests run (QUOTEBENCH_AS_MAIN=1 runs the command line instead of the
// tests).
func TestMain(m *testing.M) {
	if os.Getenv("QUOTEBENCH_AS_MAIN") == "1" {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// TestDetectParallelPipe: the README's GNU parallel recipe
//
//	parallel --pipe --keep-order --block 1M -j N quotebench detect < in.jsonl > out.jsonl
//
// gives byte for byte the output of one `quotebench detect < in.jsonl`:
// parallel cuts the input only at line ends, each article is detected on
// its own, and --keep-order writes the blocks back in input order.
func TestDetectParallelPipe(t *testing.T) {
	par, err := exec.LookPath("parallel")
	if err != nil {
		t.Skip("GNU parallel not installed (apt-get install parallel)")
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	// 300 articles of varied length, some with quotes, in several blocks.
	var in bytes.Buffer
	enc := json.NewEncoder(&in)
	for i := 0; i < 300; i++ {
		text := fmt.Sprintf("Article %d.\n\n“We will build %d homes,” said Jo Doe, the mayor. Officials said the plan would cost more.", i, i)
		text += strings.Repeat(" The council met again on Monday and the vote was close.", i%40)
		if err := enc.Encode(map[string]string{"id": fmt.Sprintf("a%03d", i), "text": text}); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "in.jsonl")
	if err := os.WriteFile(path, in.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(), "QUOTEBENCH_AS_MAIN=1")
	runCmd := func(name string, args ...string) []byte {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		cmd := exec.Command(name, args...)
		cmd.Stdin, cmd.Env = f, env
		var out, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("%s %v: %v: %s", name, args, err, stderr.String())
		}
		return out.Bytes()
	}
	one := runCmd(self, "detect")
	many := runCmd(par, "--will-cite", "--pipe", "--keep-order", "--block", "16k", "-j", "3", self, "detect")
	if n := bytes.Count(one, []byte("\n")); n != 300 {
		t.Fatalf("one process wrote %d lines, want 300", n)
	}
	if !bytes.Equal(one, many) {
		t.Errorf("parallel --pipe output differs from one process's (%d vs %d bytes)", len(many), len(one))
	}
}
