package tokens

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func texts(text string) []string {
	var out []string
	for _, t := range Tokenize(text) {
		out = append(out, t.Text(text))
	}
	return out
}

func TestTokenize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Doe's aides don't know.", "Doe|'s|aides|do|n't|know|."},
		{"Xi’s “best relations”", "Xi|’s|“|best|relations|”"},
		{"The U.S. and Mr. Smith met J. Doe.", "The|U.S.|and|Mr.|Smith|met|J.|Doe|."},
		{"B.C.'s minister and the U.S.’s envoy, not 'U.S.'sake", "B.C.|'s|minister|and|the|U.S.|’s|envoy|,|not|'|U.S.|'|sake"},
		{"It cost $1,000.50 in 2022-23...", "It|cost|$|1,000.50|in|2022-23|..."},
		{"well-known – said Xi — ok -- end", "well-known|–|said|Xi|—|ok|--|end"},
		{"emoji 😀 here", "emoji|😀|here"},
		{"CRLF\r\nline", "CRLF|line"},
		{"end.Next", "end|.|Next"},
		{"AT&T rose", "AT&T|rose"},
		{"with 3:12 left, at 10:30: a goal", "with|3:12|left|,|at|10:30|:|a|goal"},
		{"Note:12 a:1", "Note|:|12|a|:|1"},
	} {
		if got := strings.Join(texts(tc.in), "|"); got != tc.want {
			t.Errorf("Tokenize(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestGaps(t *testing.T) {
	text := "A b\nc\r\n\r\nd,e"
	var got []Gap
	for _, t := range Tokenize(text) {
		got = append(got, t.Gap)
	}
	want := []Gap{Paragraph, Space, Newline, Paragraph, NoSpace, NoSpace}
	if len(got) != len(want) {
		t.Fatalf("gaps %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("gaps %v, want %v", got, want)
		}
	}
}

func checkInvariants(t *testing.T, text string) {
	t.Helper()
	runes := []rune(text)
	prevEnd := int32(0)
	for _, tok := range Tokenize(text) {
		if tok.Start >= tok.End || tok.Start < prevEnd || int(tok.End) > len(runes) {
			t.Fatalf("%q: bad token %+v after %d", text, tok, prevEnd)
		}
		if string(runes[tok.Start:tok.End]) != tok.Text(text) {
			t.Fatalf("%q: token %+v: runes %q != bytes %q", text, tok, string(runes[tok.Start:tok.End]), tok.Text(text))
		}
		prevEnd = tok.End
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Doe's don't U.S. Mr. 1,000.5 ... -- “x” 😀", "a\r\n\r\nb", "'s", "n't"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
		checkInvariants(t, text)
	})
}

func BenchmarkTokenize(b *testing.B) {
	text := strings.Repeat("“Under our joint plan, the cross-border ferry service is showing resilience,” stressed Mayor Ana Ferreira, as reported by the U.S. press on Dec. 30. ", 200)
	n := len(Tokenize(text))
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Tokenize(text)
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// TestCliticShortcut: clitic's early return for words without an apostrophe
// near their end finds the same clitics as trying each one.
func TestCliticShortcut(t *testing.T) {
	slow := func(w string) int {
		for _, c := range [...]string{"n't", "n’t", "'s", "’s", "'re", "’re", "'ll", "’ll", "'ve", "’ve", "'d", "’d", "'m", "’m", "'S", "’S"} {
			if len(w) > len(c) && strings.HasSuffix(w, c) {
				if c[0] == 'n' && !strings.HasSuffix(strings.ToLower(w), c) {
					continue
				}
				return len(w) - len(c)
			}
		}
		return 0
	}
	parts := []string{"a", "n", "t", "s", "re", "ll", "d", "m", "S", "'", "’", "é", "™", "x"}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		w := ""
		for k := 1 + rng.Intn(6); k > 0; k-- {
			w += parts[rng.Intn(len(parts))]
		}
		got, _ := clitic(w, 0, len(w), 0, utf8.RuneCountInString(w))
		if want := slow(w); got != want {
			t.Fatalf("clitic(%q) starts at byte %d, want %d", w, got, want)
		}
	}
}

// TestWordRuneTable: isWordRune and the ASCII table scanWord reads give
// what the range tests gave for every rune up to U+3000, and no byte of a
// multi-byte rune counts as a word byte.
func TestWordRuneTable(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if r < utf8.RuneSelf {
			want = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
			if asciiWord[r] != want {
				t.Fatalf("asciiWord[%q] = %v", r, !want)
			}
		}
		if isWordRune(r) != want {
			t.Fatalf("isWordRune(%q) = %v", r, !want)
		}
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		if asciiWord[c] {
			t.Fatalf("asciiWord[%#x] is true for a byte of a multi-byte rune", c)
		}
	}
}

// TestWebAddressIsOneToken: a name with a top-level domain is one word
// ("Example.com", "city.gov.uk") and keeps no sentence's final period; a
// period between words that are no domain still splits ("so.in").
func TestWebAddressIsOneToken(t *testing.T) {
	in := "Posted on Example.com and city.gov.uk today. He said so.in fact, according to Example.com."
	var got []string
	for _, tk := range Tokenize(in) {
		got = append(got, tk.Text(in))
	}
	want := []string{"Posted", "on", "Example.com", "and", "city.gov.uk", "today", ".", "He", "said", "so", ".", "in", "fact", ",", "according", "to", "Example.com", "."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("tokens %q, want %q", got, want)
	}
}
