package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/store"
)

func init() {
	register(command{
		name:    "merge",
		usage:   "merge --project GOLD.quotebench A.quotebench B.quotebench [C.quotebench...]",
		summary: "gather the documents (by text) and each annotator's decisions into a gold project, as layers to adjudicate in the window",
		run:     runMerge,
	})
}

func runMerge(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("merge", stderr)
	project := fs.String("project", "", "the gold project to gather into (created when missing)")
	var files []string
	for rest := args; ; {
		if code, stop := parseFlags(fs, rest); stop {
			return code
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	fail := func(code int, format string, a ...any) int {
		fmt.Fprintf(stderr, "quotebench merge: "+format+"\n", a...)
		return code
	}
	if *project == "" || len(files) < 2 {
		return fail(2, "--project GOLD and at least two annotators' project files are required")
	}
	gold, err := openOrCreateProject(*project, false)
	if err != nil {
		return fail(1, "%v", err)
	}
	defer gold.Close()
	names := map[string]bool{}
	for _, path := range files {
		if _, err := os.Stat(path); err != nil {
			return fail(1, "project %s: %v", path, err)
		}
		src, err := store.Open(path, store.Options{ReadOnly: true})
		if err != nil {
			return fail(1, "%v", err)
		}
		name, _ := src.ProjectAnnotator()
		if name == "" || names[name] {
			name = filepath.Base(path) // the file names the layer when the annotator does not, or twice
		}
		names[name] = true
		added, layers, err := mergeOne(gold, src, name)
		src.Close()
		if err != nil {
			return fail(1, "%s: %v", path, err)
		}
		fmt.Fprintf(stdout, "%s: layer %q on %d documents (%d new to %s)\n", path, name, layers, added, filepath.Base(*project))
	}
	fmt.Fprintf(stdout, "open %s in the window and choose Adjudicate (Ctrl+J) on each document\n", *project)
	return 0
}

// mergeOne adds src's documents that gold lacks (text and metadata, no
// annotations) and stores src's decisions on each as a layer named name.
func mergeOne(gold, src *store.Store, name string) (added, layers int, err error) {
	sums, err := src.Documents(annot.DocFilter{})
	if err != nil {
		return 0, 0, err
	}
	ids := make([]annot.DocID, len(sums))
	for i, d := range sums {
		ids[i] = d.ID
	}
	type item struct {
		doc annot.Document
		ann annot.Annotations
	}
	var items []item
	if err := src.EachDocument(ids, func(d annot.Document, a annot.Annotations) bool {
		items = append(items, item{d, decidedOnly(a)})
		return true
	}); err != nil {
		return 0, 0, err
	}
	for _, it := range items {
		d, found, err := gold.FindDocument("", annot.TextHash(it.doc.Text))
		if err != nil {
			return added, layers, err
		}
		id := d.ID
		if !found {
			nd := it.doc
			nd.ID, nd.Status = 0, annot.StatusTodo
			if id, err = gold.AddDocument(nd, nil, annot.OriginHuman); err != nil {
				return added, layers, err
			}
			added++
		}
		if err := gold.SetLayer(id, name, it.ann); err != nil {
			return added, layers, err
		}
		layers++
	}
	return added, layers, nil
}

// decidedOnly keeps an annotator's decisions (accepted, edited, added) and
// what they refer to, with ids renumbered locally.
func decidedOnly(a annot.Annotations) annot.Annotations {
	keep := func(p annot.Provenance) bool { return p.State == annot.StateAccepted || p.State == annot.StateEdited }
	var out annot.Annotations
	ents := map[annot.EntityID]annot.EntityID{}
	ments := map[annot.MentionID]annot.MentionID{}
	entity := func(id annot.EntityID) annot.EntityID {
		if id == 0 {
			return 0
		}
		if n, ok := ents[id]; ok {
			return n
		}
		e := a.Entity(id)
		if e == nil {
			return 0
		}
		ne := *e
		ne.ID = annot.EntityID(len(out.Entities) + 1)
		out.Entities = append(out.Entities, ne)
		ents[id] = ne.ID
		return ne.ID
	}
	mention := func(m annot.Mention) annot.MentionID {
		if n, ok := ments[m.ID]; ok {
			return n
		}
		nm := m
		nm.ID = annot.MentionID(len(out.Mentions) + 1)
		nm.Entity = entity(m.Entity)
		out.Mentions = append(out.Mentions, nm)
		ments[m.ID] = nm.ID
		return nm.ID
	}
	for _, m := range a.Mentions {
		if keep(m.Provenance) {
			mention(m)
		}
	}
	for _, q := range a.Quotes {
		if !keep(q.Provenance) {
			continue
		}
		nq := q
		nq.ID = annot.QuoteID(len(out.Quotes) + 1)
		nq.Speaker = 0
		if m := a.Mention(q.Speaker); m != nil {
			nq.Speaker = mention(*m) // the speaker a decided quote names, whatever its own state
		}
		out.Quotes = append(out.Quotes, nq)
	}
	return out
}
