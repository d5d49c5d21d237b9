// Command notices writes the third-party notices shipped with the
// installers: the licence texts of every Go module compiled into the
// quotebench binary (for each target system), of the Go standard library,
// and the attribution the bundled data needs (GeoNames CC BY 4.0, Wikidata
// CC0). It reads the licence files from the module cache, so run it after
// the build has downloaded the modules:
//
//	go run ./packaging/notices -o THIRD_PARTY_NOTICES.txt [-goos linux,windows,darwin]
//
// A module without a licence file stops it: nothing is shipped whose terms
// are unknown.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

func main() {
	out := flag.String("o", "", "output file (default: standard output)")
	goos := flag.String("goos", "linux,windows,darwin", "target systems whose dependencies are included")
	pkg := flag.String("pkg", "./cmd/quotebench", "the main package")
	flag.Parse()
	var buf bytes.Buffer
	if err := generate(&buf, *pkg, strings.Split(*goos, ",")); err != nil {
		fmt.Fprintln(os.Stderr, "notices:", err)
		os.Exit(1)
	}
	if *out == "" {
		os.Stdout.Write(buf.Bytes())
		return
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "notices:", err)
		os.Exit(1)
	}
}

type module struct {
	Path, Version, Dir string
	Main               bool
	Replace            *module
}

// modules lists the modules the main package pkg links on each system.
func modules(pkg string, systems []string) ([]module, error) {
	seen := map[string]module{}
	for _, goos := range systems {
		cmd := exec.Command("go", "list", "-deps", "-json=Module", pkg)
		cmd.Env = append(os.Environ(), "GOOS="+goos, "GOARCH=amd64", "CGO_ENABLED=1")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		outp, err := cmd.Output()
		if err != nil {
			return nil, fmt.Errorf("go list for %s: %v: %s", goos, err, stderr.String())
		}
		dec := json.NewDecoder(bytes.NewReader(outp))
		for {
			var p struct{ Module *module }
			if err := dec.Decode(&p); errors.Is(err, io.EOF) {
				break
			} else if err != nil {
				return nil, err
			}
			if m := p.Module; m != nil && !m.Main {
				if m.Replace != nil {
					m = m.Replace
				}
				seen[m.Path+"@"+m.Version] = *m
			}
		}
	}
	var ms []module
	for _, m := range seen {
		ms = append(ms, m)
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Path < ms[j].Path })
	return ms, nil
}

var licenceName = regexp.MustCompile(`(?i)^(licen[cs]e|copying|notice|unlicense|patents)([.-].*)?$`)

// licenceFiles returns the licence, copying and notice files at the root
// of a module.
func licenceFiles(dir string) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range ents {
		if e.Type().IsRegular() && licenceName.MatchString(e.Name()) {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	return out, nil
}

// dataNotices is the attribution the bundled data requires (assets/ner).
const dataNotices = `Data
====

Place names in the entity tagger's gazetteer (assets/ner/gazetteer.tsv.gz)
come from GeoNames (https://www.geonames.org), countryInfo.txt and
cities100000, reduced to names and kinds. GeoNames is licensed under the
Creative Commons Attribution 4.0 International licence (CC BY 4.0,
https://creativecommons.org/licenses/by/4.0/).

US newspaper names in the same gazetteer come from Wikidata
(https://www.wikidata.org), whose data is dedicated to the public domain
under CC0 1.0 (https://creativecommons.org/publicdomain/zero/1.0/).

SQLite, compiled into Quotebench through github.com/mattn/go-sqlite3, is in
the public domain (https://www.sqlite.org/copyright.html).
`

func generate(w io.Writer, pkg string, systems []string) error {
	ms, err := modules(pkg, systems)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Third-party notices for Quotebench\n==================================\n\n"+
		"Quotebench is licensed under the Apache License 2.0 (see LICENSE). It includes\n"+
		"the Go standard library and the Go modules below (for %s), each under its own\n"+
		"licence, reproduced here, and the data named at the end.\n\n", strings.Join(systems, ", "))
	b, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return fmt.Errorf("go env GOROOT: %w", err)
	}
	goLicence := filepath.Join(strings.TrimSpace(string(b)), "LICENSE")
	if err := section(w, "Go standard library", "", []string{goLicence}); err != nil {
		return err
	}
	var missing []string
	for _, m := range ms {
		if m.Dir == "" {
			missing = append(missing, m.Path+"@"+m.Version+" (not in the module cache: run go mod download)")
			continue
		}
		files, err := licenceFiles(m.Dir)
		if err != nil {
			return err
		}
		if len(files) == 0 {
			missing = append(missing, m.Path+"@"+m.Version+" (no licence file)")
			continue
		}
		if err := section(w, m.Path, m.Version, files); err != nil {
			return err
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("no licence for %d modules: %s", len(missing), strings.Join(missing, "; "))
	}
	_, err = io.WriteString(w, dataNotices)
	return err
}

func section(w io.Writer, name, version string, files []string) error {
	title := name
	if version != "" {
		title += " " + version
	}
	fmt.Fprintf(w, "%s\n%s\n\n", title, strings.Repeat("=", len(title)))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		if len(files) > 1 {
			fmt.Fprintf(w, "--- %s ---\n\n", filepath.Base(f))
		}
		w.Write(bytes.TrimSpace(b))
		io.WriteString(w, "\n\n")
	}
	return nil
}
