package store

import (
	"errors"
	"fmt"

	"github.com/quotebench/quotebench/annot"
)

// AddDocuments adds many documents, each with its suggestions (sugg[i] for
// docs[i]; nil for none), in one transaction: one commit and its fsyncs for
// the batch instead of one per document, which is what makes importing a
// corpus fast. All of the batch is durable when it returns, or none of it.
// A document that cannot be added gets its own error in errs (same index):
// annot.ErrDuplicate with the existing id in ids (also for a text earlier
// in the same batch), or annot.ErrInvalid; the rest of the batch is added.
// err is for the store failing (read-only, disk full): then nothing of the
// batch was added.
func (s *Store) AddDocuments(docs []annot.Document, sugg []*annot.Annotations, origin annot.Origin) (ids []annot.DocID, errs []error, err error) {
	if len(sugg) != len(docs) {
		return nil, nil, fmt.Errorf("add documents: %d documents but %d suggestion sets", len(docs), len(sugg))
	}
	ids, errs = make([]annot.DocID, len(docs)), make([]error, len(docs))
	chars := make([]int, len(docs))
	for i := range docs {
		if chars[i], errs[i] = checkNewDocument(&docs[i], sugg[i]); errs[i] != nil {
			errs[i] = fmt.Errorf("add document: %w", errs[i])
		}
	}
	err = s.write(func(tx querier) error {
		for i := range docs {
			if errs[i] != nil {
				continue // refused by checkNewDocument
			}
			// A savepoint per document: a document that fails half-way
			// leaves nothing, and the others stay.
			if _, err := tx.ExecContext(bg, "SAVEPOINT doc"); err != nil {
				return err
			}
			id, err := s.insertDocument(tx, docs[i], chars[i], sugg[i], origin)
			switch {
			case err == nil:
				ids[i] = id
			case errors.Is(err, errSameText):
				ids[i] = id
				errs[i] = fmt.Errorf("add document: %w: same text as document %d", annot.ErrDuplicate, id)
			default:
				if mapped := mapErr(err); errors.Is(mapped, annot.ErrInvalid) || errors.Is(mapped, annot.ErrDuplicate) {
					errs[i] = fmt.Errorf("add document: %w", mapped)
				} else {
					return err // the store failed: the whole batch goes
				}
			}
			if errs[i] != nil && ids[i] == 0 {
				if _, err := tx.ExecContext(bg, "ROLLBACK TO doc"); err != nil {
					return err
				}
			}
			if _, err := tx.ExecContext(bg, "RELEASE doc"); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		for i := range ids {
			ids[i] = 0
		}
		return ids, errs, fmt.Errorf("add %d documents: %w", len(docs), err)
	}
	return ids, errs, nil
}
