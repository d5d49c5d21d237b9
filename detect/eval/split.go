package eval

import "fmt"

// TuneSize is the number of articles at the end of PolNeAR train frozen as
// the tuning split. Every rule, feature and threshold of the detector is
// chosen on it; the learned attribution scorer is trained on the rest of
// train ("fit"); PolNeAR dev is reported once and never tuned on.
const TuneSize = 100

// Split returns the fit and tune parts of a training file's records: tune
// is the last TuneSize records in file order, fit the ones before. The
// split depends only on the order of the file, so it is reproducible.
func Split(train []Record) (fit, tune []Record) {
	n := len(train) - TuneSize
	if n < 0 {
		n = 0
	}
	return train[:n:n], train[n:]
}

// SelectSplit returns the records of the named split: "" or "all" (every
// record), "fit" or "tune" (see Split).
func SelectSplit(recs []Record, name string) ([]Record, error) {
	fit, tune := Split(recs)
	switch name {
	case "", "all":
		return recs, nil
	case "fit":
		return fit, nil
	case "tune":
		return tune, nil
	}
	return nil, fmt.Errorf("unknown split %q (want all, fit or tune)", name)
}
