package packaging

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

const (
	spdx       = "Apache-2.0"
	issues     = "https://github.com/quotebench/quotebench/issues"
	noticesTxt = "THIRD_PARTY_NOTICES.txt"
)

// Quotebench is released under the Apache License 2.0: the text at the
// root, the licence in every installer's metadata, the issue tracker as the
// maintainer's contact, and the licence and the third-party notices
// (packaging/notices) installed with the program.
func TestLicence(t *testing.T) {
	lic := read(t, "../LICENSE")
	for _, want := range []string{"Apache License", "Version 2.0, January 2004", "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION", "END OF TERMS AND CONDITIONS"} {
		if !strings.Contains(lic, want) {
			t.Errorf("LICENSE lacks %q", want)
		}
	}

	nfpm := read(t, filepath.Join("linux", "nfpm.yaml"))
	if m := regexp.MustCompile(`(?m)^license: *(\S+)$`).FindStringSubmatch(nfpm); m == nil || m[1] != spdx {
		t.Errorf("nfpm.yaml license: %v, want %s", m, spdx)
	}
	if m := regexp.MustCompile(`(?m)^maintainer: *(.+)$`).FindStringSubmatch(nfpm); m == nil || !strings.Contains(m[1], "<"+issues+">") {
		t.Errorf("nfpm.yaml maintainer: %v, want the issue tracker %s", m, issues)
	}
	for _, want := range []string{
		"- src: LICENSE\n    dst: /usr/share/doc/quotebench/LICENSE\n",
		"dst: /usr/share/doc/quotebench/" + noticesTxt + "\n",
	} {
		if !strings.Contains(nfpm, want) {
			t.Errorf("nfpm.yaml does not install %q", strings.TrimSpace(want))
		}
	}
	// nfpm 2.45 leaves files of type doc or license out of the .deb
	// (checked with dpkg -c on a built package).
	if regexp.MustCompile(`(?m)^\s*type: (doc|license|readme)$`).MatchString(nfpm) {
		t.Error("nfpm.yaml: a doc or license type drops the file from the .deb")
	}
	if sh := read(t, "linux.sh"); !strings.Contains(sh, "go run ./packaging/notices -o \"$lin/"+noticesTxt+"\"") {
		t.Error("linux.sh does not write the notices the .deb and .rpm install")
	}

	var meta struct {
		ProjectLicense string `xml:"project_license"`
		URLs           []struct {
			Type string `xml:"type,attr"`
			URL  string `xml:",chardata"`
		} `xml:"url"`
	}
	if err := xml.Unmarshal([]byte(read(t, filepath.Join("linux", appID+".metainfo.xml"))), &meta); err != nil {
		t.Fatal(err)
	}
	bugs := ""
	for _, u := range meta.URLs {
		if u.Type == "bugtracker" {
			bugs = u.URL
		}
	}
	if meta.ProjectLicense != spdx || bugs != issues {
		t.Errorf("metainfo: project_license %q, bugtracker %q", meta.ProjectLicense, bugs)
	}

	nsi := read(t, filepath.Join("windows", "quotebench.nsi"))
	for _, want := range []string{`File "/oname=LICENSE.txt"`, `File "/oname=` + noticesTxt + `"`, `Delete "$INSTDIR\LICENSE.txt"`,
		`Delete "$INSTDIR\` + noticesTxt + `"`, `"HelpLink" "` + issues + `"`, "Apache License 2.0"} {
		if !strings.Contains(nsi, want) {
			t.Errorf("quotebench.nsi lacks %q", want)
		}
	}
	wxs := read(t, filepath.Join("windows", "quotebench.wxs"))
	for _, want := range []string{`Name="LICENSE.txt"`, `Name="` + noticesTxt + `"`, `<ComponentRef Id="Licences"/>`,
		`Id="ARPHELPLINK" Value="` + issues + `"`, "Apache License 2.0"} {
		if !strings.Contains(wxs, want) {
			t.Errorf("quotebench.wxs lacks %q", want)
		}
	}
	win := read(t, "windows.sh")
	for _, want := range []string{`cp LICENSE "$win/LICENSE.txt"`, `go run ./packaging/notices -o "$win/` + noticesTxt + `"`,
		`-DLICENSEFILE=`, `-DNOTICES=`, `-D License=LICENSE.txt -D Notices=` + noticesTxt} {
		if !strings.Contains(win, want) {
			t.Errorf("windows.sh lacks %q", want)
		}
	}
	if mac := read(t, "macos.sh"); !strings.Contains(mac, `cp LICENSE "$mac/dmg/LICENSE.txt"`) || !strings.Contains(mac, noticesTxt) {
		t.Error("macos.sh does not put the licence and the notices beside the app")
	}
	if !strings.Contains(read(t, "../FyneApp.toml"), "Licence: "+spdx) {
		t.Error("FyneApp.toml does not say the licence")
	}
	for _, f := range []string{filepath.Join("linux", "nfpm.yaml"), filepath.Join("windows", "quotebench.nsi"), filepath.Join("windows", "quotebench.wxs")} {
		if strings.Contains(read(t, f), "noreply") {
			t.Errorf("%s still has the placeholder address", f)
		}
	}
	if _, err := os.Stat(filepath.Join("notices", "main.go")); err != nil {
		t.Errorf("the notices generator: %v", err)
	}
}
