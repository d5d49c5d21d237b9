package namewords

import "strings"

// frenchTrades are the nouns that open the names of firms and bodies in
// French, whose head noun comes first ("Meubles Vaillancourt-Roy", a
// furniture maker; "Boulangerie Gagnon", "Syndicat des Métallos"): true
// for a business, which a "company" can stand for, false for other bodies
// (unions, co-operatives, clinics, public boards).
var frenchTrades = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`meubles boulangerie pâtisserie fromagerie épicerie quincaillerie pharmacie
		brasserie microbrasserie cidrerie vignoble laiterie scierie imprimerie fonderie abattoir
		groupe entreprises industries aliments produits transports transport construction constructions
		compagnie`) {
		m[w] = true
	}
	for _, w := range strings.Fields(`syndicat fédération confédération coopérative caisse société clinique régie`) {
		m[w] = false
	}
	return m
}()

// FrenchTrade reports whether w, in lower case, opens the name of a firm
// or body in French, and whether that is a business.
func FrenchTrade(w string) (trade, business bool) {
	business, trade = frenchTrades[w]
	return trade, business
}

// unionNames are labour unions known by one word, written as they are
// written in news ("Unifor", "CUPE", "Teamsters"): general knowledge of
// the country's labour movement, as a gazetteer holds places.
var unionNames = strings.Fields(`Unifor CUPE OPSEU PSAC UFCW IBEW SEIU AFSCME BCGEU CUPW NSGEU SGEU Teamsters UNITE ONA UNA HSA NLNU MGEU CSN FTQ CSQ CSD`)

// UnionNames returns the one-word names of labour unions, in lower case
// when lower is set, else as written.
func UnionNames(lower bool) map[string]bool {
	m := map[string]bool{}
	for _, w := range unionNames {
		if lower {
			w = strings.ToLower(w)
		}
		m[w] = true
	}
	return m
}
