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
		compagnie métallurgie aluminerie papeterie usinage menuiserie ébénisterie plomberie`) {
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
	isBusiness, known := frenchTrades[w]
	return known, isBusiness
}

// unionNames are labour unions known by one word, written as they are
// written in news ("Unifor", "CUPE", "Teamsters"): general knowledge of
// the country's labour movement, as a gazetteer holds places.
// labourCentrals are the confederations unions belong to ("The union,
// which is affiliated with the CSN"): organisations, but never "the
// union" itself.
var (
	unionNames     = strings.Fields(`Unifor CUPE OPSEU PSAC UFCW IBEW SEIU AFSCME BCGEU CUPW NSGEU SGEU Teamsters UNITE ONA UNA HSA NLNU MGEU`)
	labourCentrals = strings.Fields(`CSN FTQ CSQ CSD CLC`)
)

// UnionNames returns the one-word names of labour unions, as written.
func UnionNames() []string { return unionNames }

// LabourCentrals returns the one-word names of the confederations, as
// written.
func LabourCentrals() []string { return labourCentrals }

// departmentFields are the last words of the fields that name federal
// departments and agencies before the country: "Indigenous Services Canada",
// "Statistics Canada",
// "Fisheries and Oceans Canada", "Environment and Climate Change Canada".
var departmentFields = strings.Fields(`services affairs resources oceans development safety relations environment health
	transport justice agriculture heritage immigration citizenship employment industry revenue veterans defence
	finance innovation infrastructure housing communities change procurement statistics parks agri-food`)

// DepartmentFields returns those words, in lower case.
func DepartmentFields() []string { return departmentFields }
