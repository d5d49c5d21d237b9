package lines_test

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/quotebench/quotebench/annot/lines"
)

func TestNext(t *testing.T) {
	long := strings.Repeat("x", 70_000) // longer than the reader's buffer
	tests := []struct {
		name, in string
		max      int
		want     []string // "!" for ErrTooLong
	}{
		{"lf", "a\nbb\n", 10, []string{"a", "bb"}},
		{"crlf and no final line end", "a\r\n\r\nc", 10, []string{"a", "", "c"}},
		{"exactly max", "abc\r\nabcd\n", 3, []string{"abc", "!"}},
		{"long line skipped, next read", long + "\nok\n" + long, 100, []string{"!", "ok", "!"}},
		{"long line kept under a big limit", long + "\n", 1 << 20, []string{long}},
		{"empty", "", 10, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := lines.NewReader(strings.NewReader(tt.in), tt.max)
			var got []string
			for k := 1; ; k++ {
				line, n, err := r.Next()
				if err == io.EOF {
					break
				}
				if n != k {
					t.Fatalf("line %d numbered %d", k, n)
				}
				switch {
				case errors.Is(err, lines.ErrTooLong):
					got = append(got, "!")
				case err != nil:
					t.Fatal(err)
				default:
					got = append(got, string(line))
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("got %d lines %.40q, want %.40q", len(got), got, tt.want)
			}
		})
	}
}
