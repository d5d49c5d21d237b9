package annot

import (
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

var offsetTexts = []string{
	"",
	"plain ascii",
	"emoji 😀 and 👍🏽 astral",
	"CJK 習近平 说：“好”",
	"combining e\u0301 and a\u0308",
	"crlf\r\nline\r\n\ttab",
	strings.Repeat("é😀a", 100), // crosses many checkpoints
	strings.Repeat("x", 64),    // length exactly a checkpoint
	strings.Repeat("x", 65),
}

// checkOffsets compares every conversion with a naive reference.
func checkOffsets(t *testing.T, text string) {
	t.Helper()
	o := NewOffsets(text)
	runes := []rune(text)
	if o.Len() != len(runes) {
		t.Fatalf("%q: Len = %d, want %d", text, o.Len(), len(runes))
	}
	wantB, wantU := 0, 0 // reference offsets, advanced one rune at a time
	for cp := 0; cp <= len(runes); cp++ {
		if cp > 0 {
			wantB += len(string(runes[cp-1]))
			wantU += len(utf16.Encode(runes[cp-1 : cp]))
		}
		if b, err := o.Byte(cp); err != nil || b != wantB {
			t.Fatalf("%q: Byte(%d) = %d, %v; want %d", text, cp, b, err, wantB)
		}
		if u, err := o.UTF16(cp); err != nil || u != wantU {
			t.Fatalf("%q: UTF16(%d) = %d, %v; want %d", text, cp, u, err, wantU)
		}
		if got, err := o.FromByte(wantB); err != nil || got != cp {
			t.Fatalf("%q: FromByte(%d) = %d, %v; want %d", text, wantB, got, err, cp)
		}
		if got, err := o.FromUTF16(wantU); err != nil || got != cp {
			t.Fatalf("%q: FromUTF16(%d) = %d, %v; want %d", text, wantU, got, err, cp)
		}
		for _, u := range []Unit{UnitCodePoint, UnitUTF16, UnitByte} {
			x, err := o.To(u, cp)
			if err != nil {
				t.Fatal(err)
			}
			if back, err := o.From(u, x); err != nil || back != cp {
				t.Fatalf("%q: %s round trip of %d = %d, %v", text, u, cp, back, err)
			}
		}
	}
	if _, err := o.Byte(len(runes) + 1); err == nil {
		t.Errorf("%q: Byte past the end did not fail", text)
	}
	if _, err := o.FromByte(len(text) + 1); err == nil {
		t.Errorf("%q: FromByte past the end did not fail", text)
	}
}

func TestOffsets(t *testing.T) {
	for _, text := range offsetTexts {
		checkOffsets(t, text)
	}
}

func TestOffsetsRejectSplitCharacters(t *testing.T) {
	o := NewOffsets("a😀b")
	if _, err := o.FromByte(2); err == nil {
		t.Error("byte offset inside 😀 accepted")
	}
	if _, err := o.FromUTF16(2); err == nil {
		t.Error("UTF-16 offset between surrogates accepted")
	}
	if s, err := o.Slice(Span{1, 2}); err != nil || s != "😀" {
		t.Errorf("Slice = %q, %v", s, err)
	}
}

func FuzzOffsets(f *testing.F) {
	for _, s := range offsetTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
		checkOffsets(t, text)
	})
}

func TestValidate(t *testing.T) {
	a := Annotations{
		Entities: []Entity{{ID: 1, Name: "X", Label: LabelPerson}},
		Mentions: []Mention{{ID: 1, Span: Span{0, 1}, Entity: 1}},
		Quotes:   []Quote{{ID: 1, Parts: []Span{{2, 4}}, Speaker: 1}},
	}
	if err := a.Validate(4); err != nil {
		t.Fatalf("valid set rejected: %v", err)
	}
	if err := a.Validate(3); err == nil {
		t.Error("quote past the end accepted")
	}
	a.Quotes[0].Speaker = 9
	if err := a.Validate(4); err == nil {
		t.Error("unknown speaker accepted")
	}
}

func TestSpanText(t *testing.T) {
	text := []rune("a😀bc")
	for _, tc := range []struct {
		s    Span
		want string
	}{
		{Span{1, 3}, "😀b"},
		{Span{0, 4}, "a😀bc"},
		{Span{2, 2}, ""},  // empty
		{Span{3, 5}, ""},  // past the end
		{Span{-1, 1}, ""}, // before the start
	} {
		if got := SpanText(text, tc.s); got != tc.want {
			t.Errorf("SpanText(%v) = %q, want %q", tc.s, got, tc.want)
		}
	}
}
