package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/store"
)

func init() {
	register(command{
		name:    "merge",
		usage:   "merge --project GOLD.quotebench [--replace] A.quotebench B.quotebench [C.quotebench...]",
		summary: "gather the documents (matched by exact text) and each annotator's decisions into a gold project, as layers (named by the annotator, or the file) to adjudicate in the window",
		run:     runMerge,
	})
}

func runMerge(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("merge", stderr)
	project := fs.String("project", "", "the gold project to gather into (created when missing)")
	replace := fs.Bool("replace", false, "give a layer name to this run's file when the gold project's layers of that name came from another file "+
		"(those layers are deleted from every document first); without it such a merge is refused")
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
		fmt.Fprintf(stderr, "quotebench merge: %s\n", oneLine(fmt.Sprintf(format, a...)))
		return code
	}
	if *project == "" || len(files) < 2 {
		return fail(2, "--project GOLD and at least two annotators' project files are required")
	}
	// Every input is read before anything is merged: a missing or
	// unreadable file stops the merge with nothing merged.
	annotators := make([]string, len(files))
	sources := make([]string, len(files))
	given := map[string]string{}
	for i, path := range files {
		if _, err := os.Stat(path); err != nil {
			return fail(1, "project %s: %v; nothing merged", fileName(path), err)
		}
		abs, err := filepath.Abs(path)
		if err != nil {
			return fail(1, "project %s: %v; nothing merged", fileName(path), err)
		}
		if first, ok := given[abs]; ok {
			return fail(2, "%s and %s are the same project file; nothing merged", fileName(first), fileName(path))
		}
		given[abs], sources[i] = path, abs
		src, err := store.Open(path, store.Options{ReadOnly: true})
		if err != nil {
			return fail(1, "%v; nothing merged", err)
		}
		annotators[i], err = src.ProjectAnnotator()
		src.Close()
		if err != nil {
			return fail(1, "project %s: %v; nothing merged", fileName(path), err)
		}
	}
	names := projectNames(files, annotators)
	gold, err := openOrCreateProject(*project, false)
	if err != nil {
		return fail(1, "%v; nothing merged", err)
	}
	defer gold.Close()
	goldName := fileName(filepath.Base(*project))
	for i, path := range files {
		res, err := mergeFile(gold, path, names[i], sources[i], *replace)
		if err != nil {
			return fail(1, "%s: %v; %s", fileName(path), err, mergedSoFar(files, i, res.layers))
		}
		if res.replaced > 0 {
			fmt.Fprintf(stdout, "%s: replaced the %d layers named %q that came from another file\n", fileName(path), res.replaced, names[i])
		}
		fmt.Fprintf(stdout, "%s: layer %q on %d documents (%d new to %s; %d matched by exact text)\n",
			fileName(path), names[i], res.layers, res.added, goldName, res.layers-res.added)
		if res.lineEnds > 0 {
			fmt.Fprintf(stdout, "%s:   %d of the new documents differ from a document of %s only in line endings (CRLF/LF): "+
				"documents match by exact text, as in quotebench agree, so they were added as documents of their own\n",
				fileName(path), res.lineEnds, goldName)
		}
	}
	fmt.Fprintf(stdout, "open %s in the window and choose Adjudicate (Ctrl+J) on each document\n", fileName(*project))
	return 0
}

// mergedSoFar says, after input i failed, which inputs were merged and
// which not.
func mergedSoFar(files []string, i, layers int) string {
	quoted := func(fs []string) string {
		out := make([]string, len(fs))
		for k, f := range fs {
			out[k] = fileName(f)
		}
		return strings.Join(out, ", ")
	}
	msg := "nothing merged from it"
	if layers > 0 {
		msg = fmt.Sprintf("%d of its documents were merged before the error", layers)
	}
	if i > 0 {
		msg += "; merged: " + quoted(files[:i])
	}
	if i+1 < len(files) {
		msg += "; not merged: " + quoted(files[i+1:])
	}
	return msg + " (merging the same files again adds no document twice and replaces each file's own layers)"
}

// mergeResult is what merging one annotator's file did.
type mergeResult struct {
	added    int // documents new to the gold project
	layers   int // layers stored
	lineEnds int // new documents that differ from a gold document only in line endings
	replaced int // layers of the name from another file, deleted (--replace)
}

// mergeFile merges the project file at path as the layer name, from
// source.
func mergeFile(gold *store.Store, path, name, source string, replace bool) (res mergeResult, err error) {
	src, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		return res, err
	}
	defer src.Close()
	if replace {
		if had, found, err := gold.LayerSource(name); err != nil {
			return res, err
		} else if found && had != source {
			if res.replaced, err = gold.ReplaceLayers(name, source); err != nil {
				return res, err
			}
		}
	}
	err = mergeOne(gold, src, name, source, &res)
	return res, err
}

// mergeOne adds src's documents that gold lacks (text and metadata, no
// annotations) and stores src's decisions on each as a layer named name.
// A document matches a gold document with exactly its text (as in
// quotebench agree): the layer's offsets are into that text.
func mergeOne(gold, src *store.Store, name, source string, res *mergeResult) error {
	sums, err := src.Documents(annot.DocFilter{})
	if err != nil {
		return err
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
		return err
	}
	// A name another file holds is refused before any document is added.
	if had, found, err := gold.LayerSource(name); err != nil {
		return err
	} else if found && had != source {
		from := "a file that was not recorded"
		if had != "" {
			from = fileName(had)
		}
		return fmt.Errorf("the layers named %q came from %s (merge with --replace to replace them, or name the annotator differently)", name, from)
	}
	for _, it := range items {
		id, _, err := gold.TextOwners("", annot.TextHash(it.doc.Text))
		if err != nil {
			return err
		}
		if id == 0 {
			near, found, err := gold.FindDocument("", annot.TextHash(annot.NormalizeNewlines(it.doc.Text)))
			if err != nil {
				return err
			}
			if found && near.Text != it.doc.Text {
				res.lineEnds++
			}
			nd := it.doc
			nd.ID, nd.Status = 0, annot.StatusTodo
			if id, err = gold.AddDocument(nd, nil, annot.OriginHuman); err != nil {
				return err
			}
			res.added++
		}
		if err := gold.SetLayer(id, name, source, it.ann); err != nil {
			return err
		}
		res.layers++
	}
	return nil
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
