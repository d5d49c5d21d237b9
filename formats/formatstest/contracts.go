package formatstest

import (
	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
)

// Contracts are documents that trip consumers' contracts: double spaces,
// a tab and a space before a word, CRLF and a paragraph break, a span that
// is a mention twice, a quote suggested and accepted at the same place,
// nested mentions ("LAKE BUENA VISTA" and "BUENA VISTA"), a split quote,
// a sentence that starts with the entity type the previous one ends with
// ("Flights to Russia" / "China said …"), two adjacent same-type entities
// ("Germany France"), emoji, CJK and a combining mark.
func Contracts() []formats.Item {
	t := "Ana  Lima \t said:\r\n“We flew to Russia.” Flights to Russia\r\nChina  said \"no\".\r\n\r\n" +
		"LAKE BUENA VISTA, Fla. — “Yes,” she said, “we will 🙂.” Germany France and 東京 agreed.\n" +
		"Jose\u0301 left."
	it := formats.Item{Doc: annot.Document{ID: 7, ExtID: "contracts", Text: t}, Ann: annot.Annotations{
		Entities: []annot.Entity{
			{ID: 1, Name: "Ana Lima", Label: annot.LabelPerson, Provenance: acc},
			{ID: 2, Name: "Lake Buena Vista", Label: annot.LabelGPE, Provenance: acc},
		},
		Mentions: []annot.Mention{
			{ID: 1, Span: at(t, "Ana  Lima", 0), Label: annot.LabelPerson, Type: annot.MentionName, Entity: 1, Provenance: acc},
			{ID: 2, Span: at(t, "Russia", 0), Label: annot.LabelGPE, Type: annot.MentionName, Provenance: acc},
			{ID: 3, Span: at(t, "China", 0), Label: annot.LabelGPE, Type: annot.MentionName, Provenance: acc},
			{ID: 4, Span: at(t, "LAKE BUENA VISTA", 0), Label: annot.LabelGPE, Type: annot.MentionName, Entity: 2, Provenance: acc},
			{ID: 5, Span: at(t, "BUENA VISTA", 0), Label: annot.LabelLoc, Type: annot.MentionName, Provenance: sugg},
			{ID: 6, Span: at(t, "she", 0), Label: annot.LabelPerson, Type: annot.MentionPronoun, Entity: 1, Provenance: acc},
			{ID: 7, Span: at(t, "she", 0), Label: annot.LabelPerson, Type: annot.MentionPronoun, Provenance: sugg},
			{ID: 8, Span: at(t, "Germany", 0), Label: annot.LabelGPE, Type: annot.MentionName, Provenance: acc},
			{ID: 9, Span: at(t, "France", 0), Label: annot.LabelGPE, Type: annot.MentionName, Provenance: acc},
			{ID: 10, Span: at(t, "東京", 0), Label: annot.LabelGPE, Type: annot.MentionName, Provenance: acc},
			{ID: 11, Span: at(t, "Jose\u0301", 0), Label: annot.LabelPerson, Type: annot.MentionName, Provenance: acc},
			{ID: 12, Span: at(t, "Russia", 1), Label: annot.LabelGPE, Type: annot.MentionName, Provenance: acc},
		},
		Quotes: []annot.Quote{
			{ID: 1, Parts: []annot.Span{at(t, "“We flew to Russia.”", 0)}, Kind: annot.KindDirect, Cue: at(t, "said", 0), Speaker: 1, Provenance: acc},
			{ID: 2, Parts: []annot.Span{at(t, "\"no\"", 0)}, Kind: annot.KindDirect, Cue: at(t, "said", 1), Speaker: 3, Provenance: acc},
			{ID: 3, Parts: []annot.Span{at(t, "“Yes,”", 0), at(t, "“we will 🙂.”", 0)}, Kind: annot.KindDirect, Cue: at(t, "said", 2), Speaker: 6, Provenance: acc},
			{ID: 4, Parts: []annot.Span{at(t, "“Yes,”", 0), at(t, "“we will 🙂.”", 0)}, Kind: annot.KindDirect, Cue: at(t, "said", 2), Speaker: 7, Provenance: sugg},
		},
	}}
	return []formats.Item{it}
}

// Renumber returns a copy of a with every id moved up by by, references
// included, so that it can be added beside a.
func Renumber(a annot.Annotations, by int) annot.Annotations {
	var b annot.Annotations
	for _, e := range a.Entities {
		e.ID += annot.EntityID(by)
		b.Entities = append(b.Entities, e)
	}
	for _, m := range a.Mentions {
		m.ID += annot.MentionID(by)
		if m.Entity != 0 {
			m.Entity += annot.EntityID(by)
		}
		b.Mentions = append(b.Mentions, m)
	}
	for _, q := range a.Quotes {
		q.ID += annot.QuoteID(by)
		if q.Speaker != 0 {
			q.Speaker += annot.MentionID(by)
		}
		q.Parts = append([]annot.Span(nil), q.Parts...)
		b.Quotes = append(b.Quotes, q)
	}
	return b
}
