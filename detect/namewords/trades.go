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
