package labelstudio

import (
	"fmt"
	"html"
	"strings"

	"github.com/quotebench/quotebench/annot"
	"github.com/quotebench/quotebench/formats"
)

// ConfigSuffix ends the name of the labeling config written beside an
// export (OUT.labeling-config.xml): paste it into the project's Settings →
// Labeling Interface → Code before importing the tasks.
const ConfigSuffix = ".labeling-config.xml"

// Config is the labeling config that shows everything an export holds:
// the labels (Quote, Cue and the mention labels), per-region choices,
// entity names and relations, reading the text from $textKey.
func Config(labels []annot.Label, textKey string) string {
	if textKey == "" {
		textKey = "text"
	}
	var b strings.Builder
	b.WriteString("<View>\n")
	b.WriteString("  <Labels name=\"label\" toName=\"text\">\n")
	b.WriteString("    <Label value=\"" + LabelQuote + "\"/>\n    <Label value=\"" + LabelCue + "\"/>\n")
	for _, l := range labels {
		fmt.Fprintf(&b, "    <Label value=\"%s\"/>\n", html.EscapeString(string(l)))
	}
	b.WriteString("  </Labels>\n")
	fmt.Fprintf(&b, "  <Text name=\"text\" value=\"$%s\"/>\n", html.EscapeString(textKey))
	b.WriteString(`  <Relations>
    <Relation value="said_by"/>
    <Relation value="has_cue"/>
    <Relation value="continues"/>
    <Relation value="coref"/>
  </Relations>
  <Choices name="quote_kind" toName="text" perRegion="true">
    <Choice value="direct"/>
    <Choice value="mixed"/>
    <Choice value="indirect"/>
  </Choices>
  <Choices name="mention_type" toName="text" perRegion="true">
    <Choice value="nominal"/>
    <Choice value="pronoun"/>
  </Choices>
  <Choices name="unattributed" toName="text" perRegion="true">
    <Choice value="unattributed"/>
  </Choices>
  <TextArea name="entity_name" toName="text" perRegion="true"/>
</View>
`)
	return b.String()
}

// sidecars writes the labeling config beside the export.
func sidecars(opt formats.Options, labels []annot.Label) []formats.Sidecar {
	return []formats.Sidecar{{Suffix: ConfigSuffix, Data: []byte(Config(labels, opt.TextKey))}}
}
