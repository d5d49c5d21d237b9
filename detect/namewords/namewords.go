// Package namewords holds the words around personal names that more than
// one part of the detector uses: the titles that introduce a person's name
// and common given names. Each list is one table; a mark on each entry says which users take
// it, so the attribution scorer, the entity tagger's rules and its training
// gazetteer all read the same words. The lists are general linguistics
// (titles, common given names from many languages), never names taken from
// a corpus.
package namewords

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Mark says who uses a title or a given name.
type Mark uint8

const (
	// Attribution: a title the detector's noun phrases and the
	// attribution scorer's features take as opening a personal name
	// ("Mr. Smith", "President Doe").
	Attribution Mark = 1 << iota
	// Entity: a title the entity tagger's rules split ORG runs at and strip
	// from PERSON spans ("Acme Bank President Jo Doe"), or a given name in
	// the entity tagger's training gazetteer (PERSON).
	Entity
	// Male and Female: a given name whose bearers are mostly of one
	// gender; names used for both (Alex, Jordan, Jean) carry neither. They
	// let he/she agree with a name.
	Male
	Female
)

var markLetters = map[byte]Mark{'a': Attribution, 'e': Entity, 'm': Male, 'f': Female}

// titles are the words that introduce a person's name, lower case, each with
// its marks: a (Attribution), e (Entity).
const titles = `
	admiral:e ambassador:ae analyst:e bishop:a capt.:ae captain:ae cardinal:a ceo:ae cfo:e chair:e chairman:ae
	chairwoman:ae chancellor:ae chief:ae coach:ae col.:ae colonel:a commander:e commissioner:ae const.:ae constable:a corporal:a cpl.:ae cst.:ae coun.:ae congressman:e
	congresswoman:e coo:e councillor:ae councilor:ae dame:a dean:a det.:ae detective:a director:e dr:a dr.:ae economist:e
	father:a founder:e gen:a gen.:ae general:ae gov:a gov.:ae governor:ae head:e insp.:ae inspector:a judge:ae justice:ae
	king:a lady:a leader:ae lord:a lt.:ae manager:e mayor:ae minister:ae mla:ae mha:ae mna:ae mp:ae mpp:ae mr:a mr.:ae mrs:a mrs.:ae ms:a ms.:ae
	ombud:ae ombudsman:ae ombudsperson:ae officer:a pope:a premier:ae president:ae prince:a princess:a prof:a prof.:a professor:ae queen:a rabbi:a rep:a
	reeve:a rep.:ae representative:e rev.:a reverend:a secretary:ae sen:a sen.:ae senator:ae sergeant:a sgt.:ae sheikh:a
	sir:a sister:a speaker:a spokesman:ae spokesperson:e spokeswoman:ae strategist:e supt.:ae superintendent:a treasurer:e trustee:ae vice-president:ae warden:a`

// givenNames are common given names, lower case, each with its marks:
// m (Male), f (Female), e (Entity: in the tagger's gazetteer).
const givenNames = `
	aaron:me abdul:m abdullah:me abigail:fe ada:f adam:me adrian:m agnieszka:e ahmad:me ahmed:me aiko:e aisha:e
	akira:e alain:e alan:me albert:me alberto:e alejandro:e alessandra:e alessandro:e alexander:me alexei:me
	alexis:e alfred:m ali:me alice:fe alicia:f alison:f amanda:fe amara:e amber:fe amelia:e amina:e amit:e amy:fe
	ana:fe anastasia:e anders:e andre:m andrea:fe andreas:e andrei:me andres:e andrew:me andy:m angela:fe
	angelina:f anil:e anita:f anja:e anjali:e ann:fe anna:fe anne:f annie:f anthony:me antonio:me arjun:e arnold:m
	arthur:me ashley:e astrid:e aurelie:e austin:e ava:e barbara:fe beatriz:e ben:m benjamin:me bernard:m betty:fe
	beverly:fe bill:m billy:me birgit:e bob:m bobby:e boris:me brad:m bradley:m brandon:me brenda:fe brett:m
	brian:me bridget:f brittany:fe bruce:me bryan:me camille:e carl:me carla:f carlos:me carly:f carmen:fe
	carol:fe caroline:f carolyn:fe catherine:fe cathy:f celine:e cesar:e charles:me charlie:m charlotte:fe
	cheryl:fe chiara:e chinedu:e chloe:e christian:e christina:fe christine:fe christophe:e christopher:e chuck:m
	cindy:f claire:fe clara:f claudia:fe colin:m colleen:f craig:m cristina:e cynthia:fe daisy:f dale:m dan:m
	dana:f daniel:me danielle:e danny:m darren:m dave:m david:me debbie:f deborah:fe debra:fe deepak:e denise:fe
	dennis:me derek:m diana:fe diane:fe dick:m diego:e dieter:e dmitry:me dolores:e don:m donald:e donna:fe
	doris:fe dorothy:fe doug:m douglas:me duncan:m dwight:m dylan:e earl:m eddie:m eduardo:e edward:me ekaterina:e
	elaine:f eleanor:f elena:fe elijah:e elisa:e elizabeth:fe ella:e ellen:f emily:fe emma:fe emmanuel:e enrique:e
	eric:me erica:f erik:e erin:f ernest:m ethan:e eugene:me eva:f evan:m evelyn:fe fatima:fe federica:e
	fernando:e fiona:f frances:fe francesca:e francesco:e francisco:e francois:e frank:me fred:m frederick:m
	gabriel:e gabriela:fe gabriele:e gail:f gary:me george:me gerald:me gillian:f gina:f giovanni:e giulia:e
	giuseppe:e gloria:fe gordon:m grace:fe graham:m greg:m gregory:me gustavo:e hannah:fe hans:e harold:me harry:m
	haruto:e hassan:e heather:fe hector:e heidi:f helen:fe henry:me hiroshi:e holly:f howard:m hugh:m hugo:e hui:e
	hussein:e hyun:e ian:m ibrahim:e igor:me ingrid:e irene:f irina:e isabel:fe isabella:e isabelle:e ivan:me
	ivy:e jack:me jackie:f jacob:me jacqueline:e jacques:e jake:m james:me jan:e jane:f janet:fe janice:fe
	jason:me javier:e jean:e jeff:m jeffrey:me jennifer:fe jenny:f jeremy:me jerry:me jesse:e jessica:fe ji:e
	jill:f jim:m jimmy:m jin:e joan:fe joanna:f joe:me joel:m john:me johnny:m jon:m jonathan:me jordan:e jorge:e
	jose:me joseph:me josh:m joshua:me joyce:fe juan:me judith:fe judy:fe julia:fe julie:fe julien:e julio:e jun:e
	jurgen:e justin:me karen:fe karim:e karin:e katarzyna:e kate:f katherine:fe kathleen:fe kathryn:fe kathy:f
	katie:f katrin:e kayla:e keiko:e keith:me kelly:fe ken:m kenji:e kenneth:me kevin:me khalid:e kimberly:fe
	klaus:e kofi:e kristen:f kristin:e krzysztof:e kwame:e kyle:me larry:me lars:e laura:fe lauren:fe laurent:e
	lawrence:me layla:e lea:e leila:e lena:e leo:e leonard:m lewis:m li:e liam:e lily:e linda:fe lisa:fe liz:f
	logan:e lorenzo:e lori:e louis:me louise:f luca:e lucas:e lucia:e lucy:f luis:me luke:m lynn:f madison:e
	magnus:e mahmoud:e malgorzata:e manon:e manuel:e marco:me margaret:fe maria:fe mariam:e marie:fe marilyn:fe
	mario:e mark:me markus:e marta:e martha:fe martin:m mary:fe mason:e massimo:e mateo:e matt:m matteo:e
	matthew:me matthias:e megan:fe melanie:f melissa:fe mia:e michael:me michel:e michelle:fe miguel:me mike:m
	mikhail:me min:e ming:e mitch:m mitchell:m mohamed:e mohammed:me monica:f monika:e muhammad:me mustafa:e
	nancy:fe naoko:e natalia:fe natalie:fe nathalie:e nathan:me neha:e neil:m ngozi:e nicholas:me nick:m nicolas:e
	nicole:fe nigel:m nikolai:e nils:e nina:f noah:e nomvula:e nora:e noura:e oleg:e olga:fe oliver:me olivia:fe
	olivier:e oluwaseun:e omar:me oscar:me pablo:e pamela:fe paola:e paolo:e patricia:fe patrick:me paul:me
	paula:f pavel:e pedro:me pete:m peter:me petra:e phil:m philip:me philippe:e pierre:me pilar:e piotr:e pooja:e
	priya:e rachel:fe rafael:me rahul:e rajesh:e ralph:me ramesh:e ramon:e randy:me raul:e ravi:e ray:m raymond:me
	rebecca:fe ricardo:e richard:me rick:m rita:f robert:me roberto:e rod:m roger:me ron:m ronald:me rosa:e rose:f
	roy:me ruben:e ruby:e rudy:m russell:me ruth:fe ryan:me sabine:e sakura:e salma:e sam:m samantha:e samir:e
	samuel:me sandra:fe sanjay:e sara:fe sarah:fe scott:me sean:me sebastian:e sebastien:e seo:e sergei:me
	sergey:me sergio:e sharon:fe shawn:m shirley:fe sigrid:e silvia:e sipho:e sophia:fe sophie:fe stanley:m
	stefan:e stefano:e stephanie:fe stephen:me steve:m steven:me stuart:m sunil:e sunita:e suresh:e susan:fe
	susanne:e suzanne:f sven:e svetlana:fe sylvie:e takeshi:e tariq:e tatiana:fe ted:m teresa:fe terry:me thabo:e
	theresa:fe thomas:me tim:m timothy:me tina:f tobias:e todd:m tom:m tomasz:e tony:m travis:m trevor:m tyler:e
	ursula:e uwe:e valentina:e valerie:f vanessa:f victor:m victoria:fe vijay:e viktor:e vincent:me virginia:fe
	walid:e walter:me wayne:me wei:e wendy:f william:me willie:me wolfgang:e xavier:m yan:e yasmin:e youssef:e
	yui:e yuki:e yulia:f yuri:me yusuf:e yuto:e yvonne:f zachary:me zainab:e zoe:e`

var (
	titleMarks = mustParse("titles", titles, Attribution|Entity)
	nameMarks  = mustParse("givenNames", givenNames, Male|Female|Entity)
)

// Titles returns the titles that carry every mark in m, lower case.
func Titles(m Mark) map[string]bool { return with(titleMarks, m) }

// GivenNames returns the given names that carry every mark in m, lower case;
// GivenNames(0) is every given name.
func GivenNames(m Mark) map[string]bool { return with(nameMarks, m) }

func with(table map[string]Mark, m Mark) map[string]bool {
	s := map[string]bool{}
	for w, has := range table {
		if has&m == m {
			s[w] = true
		}
	}
	return s
}

func mustParse(name, text string, allowed Mark) map[string]Mark {
	t, err := parse(name, text, allowed)
	if err != nil {
		panic(err)
	}
	return t
}

// parse reads "word:marks" entries separated by white space. A word must be
// lower case, carry at least one allowed mark, and appear once; Male and
// Female exclude each other.
func parse(name, text string, allowed Mark) (map[string]Mark, error) {
	t := map[string]Mark{}
	for _, e := range strings.Fields(text) {
		w, letters, ok := strings.Cut(e, ":")
		if !ok || w == "" || letters == "" {
			return nil, fmt.Errorf("namewords %s: entry %q: want word:marks", name, e)
		}
		if w != strings.ToLower(w) {
			return nil, fmt.Errorf("namewords %s: entry %q: the word must be lower case", name, e)
		}
		if _, dup := t[w]; dup {
			return nil, fmt.Errorf("namewords %s: %q is listed twice", name, w)
		}
		var m Mark
		for i := 0; i < len(letters); i++ {
			b, known := markLetters[letters[i]]
			if !known || b&allowed == 0 {
				return nil, fmt.Errorf("namewords %s: entry %q: mark %q is not one of this list's", name, e, letters[i])
			}
			m |= b
		}
		if m&(Male|Female) == Male|Female {
			return nil, fmt.Errorf("namewords %s: %q is marked both male and female", name, w)
		}
		t[w] = m
	}
	return t, nil
}

// accentFold writes the accented Latin letters of given names plain, as
// the name lists spell them: "Geneviève" is "genevieve", "Hélène" "helene".
var accentFold = strings.NewReplacer("à", "a", "á", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "ç", "c", "è", "e",
	"é", "e", "ê", "e", "ë", "e", "ì", "i", "í", "i", "î", "i", "ï", "i", "ñ", "n", "ò", "o", "ó", "o", "ô", "o",
	"ö", "o", "õ", "o", "ù", "u", "ú", "u", "û", "u", "ü", "u", "ý", "y", "ÿ", "y")

// FoldAccents returns w, written in lower case, without its accents (as
// it is when it is ASCII: most names, at no cost).
func FoldAccents(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return accentFold.Replace(w)
		}
	}
	return w
}
