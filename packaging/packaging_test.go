// Package packaging holds the installer configuration (nfpm, desktop entry,
// AppStream, MIME, NSIS, WiX) and the scripts that build the installers.
// Building takes minutes and stays out of scripts/test (see mk/package.mk);
// this test only checks that the files agree with each other and with
// FyneApp.toml on the app's identity, and that they are well-formed.
package packaging

import (
	"bufio"
	"encoding/xml"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

const (
	appID   = "io.github.quotebench.Quotebench"
	binary  = "quotebench"
	mime    = "application/x-quotebench"
	ext     = ".quotebench"
	progID  = "Quotebench.Project"
	appName = "Quotebench"
)

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return string(b)
}

// tomlValue returns the string or number value of key in section ("" for the top).
func tomlValue(t *testing.T, doc, section, key string) string {
	t.Helper()
	cur := ""
	sc := bufio.NewScanner(strings.NewReader(doc))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			cur = strings.Trim(line, "[]")
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if ok && cur == section && strings.TrimSpace(k) == key {
			return strings.Trim(strings.TrimSpace(v), `"`)
		}
	}
	t.Fatalf("FyneApp.toml: no %s in [%s]", key, section)
	return ""
}

func TestFyneAppTOML(t *testing.T) {
	doc := read(t, "../FyneApp.toml")
	for _, tc := range []struct{ section, key, want string }{
		{"Details", "ID", appID},
		{"Details", "Name", appName},
		{"Details", "Icon", "assets/icon.png"}, // packaging/common.sh rewrites exactly this
		{"CanOpen", "MimeTypes", mime},
		{"Migrations", "fyneDo", "true"},
	} {
		if got := tomlValue(t, doc, tc.section, tc.key); got != tc.want {
			t.Errorf("FyneApp.toml [%s] %s = %q, want %q", tc.section, tc.key, got, tc.want)
		}
	}
	if v := tomlValue(t, doc, "Details", "Version"); !regexp.MustCompile(`^\d+\.\d+\.\d+$`).MatchString(v) {
		t.Errorf("FyneApp.toml Version = %q, want x.y.z", v)
	}
	if _, err := os.Stat(filepath.Join("..", tomlValue(t, doc, "Details", "Icon"))); err != nil {
		t.Errorf("FyneApp.toml icon: %v", err)
	}
}

func TestDesktopEntry(t *testing.T) {
	path := filepath.Join("linux", appID+".desktop")
	entries := map[string]string{}
	for i, line := range strings.Split(read(t, path), "\n") {
		if line == "" || strings.HasPrefix(line, "#") || line == "[Desktop Entry]" {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			t.Fatalf("%s:%d: not key=value: %q", path, i+1, line)
		}
		entries[k] = v
	}
	for k, want := range map[string]string{
		"Type": "Application", "Name": appName, "Icon": appID,
		"Exec": binary + " %F", "TryExec": binary, "MimeType": mime + ";",
	} {
		if entries[k] != want {
			t.Errorf("%s: %s=%q, want %q", path, k, entries[k], want)
		}
	}
}

func TestMetainfo(t *testing.T) {
	path := filepath.Join("linux", appID+".metainfo.xml")
	var c struct {
		ID         string `xml:"id"`
		Launchable string `xml:"launchable"`
		Provides   struct {
			Binary    string `xml:"binary"`
			Mediatype string `xml:"mediatype"`
		} `xml:"provides"`
		Releases []struct {
			Version string `xml:"version,attr"`
		} `xml:"releases>release"`
	}
	if err := xml.Unmarshal([]byte(read(t, path)), &c); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if c.ID != appID || c.Launchable != appID+".desktop" || c.Provides.Binary != binary || c.Provides.Mediatype != mime {
		t.Errorf("%s: id %q, launchable %q, binary %q, mediatype %q", path, c.ID, c.Launchable, c.Provides.Binary, c.Provides.Mediatype)
	}
	version := tomlValue(t, read(t, "../FyneApp.toml"), "Details", "Version")
	found := false
	for _, r := range c.Releases {
		found = found || r.Version == version
	}
	if !found {
		t.Errorf("%s: no <release version=%q> for FyneApp.toml's Version", path, version)
	}
}

func TestMIMEType(t *testing.T) {
	path := filepath.Join("linux", appID+".xml")
	var m struct {
		Types []struct {
			Type  string `xml:"type,attr"`
			Globs []struct {
				Pattern string `xml:"pattern,attr"`
			} `xml:"glob"`
		} `xml:"mime-type"`
	}
	if err := xml.Unmarshal([]byte(read(t, path)), &m); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(m.Types) != 1 || m.Types[0].Type != mime || len(m.Types[0].Globs) != 1 || m.Types[0].Globs[0].Pattern != "*"+ext {
		t.Errorf("%s: got %+v, want %s with glob *%s", path, m.Types, mime, ext)
	}
}

func TestNFPMContents(t *testing.T) {
	doc := read(t, filepath.Join("linux", "nfpm.yaml"))
	for _, want := range []string{
		"dst: /usr/bin/" + binary + "\n",
		"dst: /usr/share/applications/" + appID + ".desktop\n",
		"dst: /usr/share/metainfo/" + appID + ".metainfo.xml\n",
		"dst: /usr/share/mime/packages/" + appID + ".xml\n",
		"dst: /usr/share/icons/hicolor/scalable/apps/" + appID + ".svg\n",
		"dst: /usr/share/icons/hicolor/512x512/apps/" + appID + ".png\n",
		"- libwayland-client0\n", "- libgl1\n", "- libx11-6\n", "- libxkbcommon0\n",
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("nfpm.yaml lacks %q", strings.TrimSpace(want))
		}
	}
	// Every src the config names must exist, except what linux.sh renders into build/.
	for _, m := range regexp.MustCompile(`(?m)^\s*- src: (\S+)$`).FindAllStringSubmatch(doc, -1) {
		if strings.HasPrefix(m[1], "build/") {
			continue
		}
		if _, err := os.Stat(filepath.Join("..", m[1])); err != nil {
			t.Errorf("nfpm.yaml src: %v", err)
		}
	}
}

func TestWindowsInstallers(t *testing.T) {
	var wxs struct {
		Product struct {
			Name        string `xml:"Name,attr"`
			UpgradeCode string `xml:"UpgradeCode,attr"`
		} `xml:"Product"`
	}
	wxsText := read(t, filepath.Join("windows", "quotebench.wxs"))
	if err := xml.Unmarshal([]byte(wxsText), &wxs); err != nil {
		t.Fatalf("quotebench.wxs: %v", err)
	}
	if wxs.Product.Name != appName || !regexp.MustCompile(`^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$`).MatchString(wxs.Product.UpgradeCode) {
		t.Errorf("quotebench.wxs: Product Name %q UpgradeCode %q", wxs.Product.Name, wxs.Product.UpgradeCode)
	}
	nsi := read(t, filepath.Join("windows", "quotebench.nsi"))
	for name, doc := range map[string]string{"quotebench.wxs": wxsText, "quotebench.nsi": nsi} {
		for _, want := range []string{`Classes\` + ext, progID, mime, binary + ".exe"} {
			if !strings.Contains(doc, want) {
				t.Errorf("%s lacks %q", name, want)
			}
		}
	}
	if !strings.Contains(nsi, appID) {
		t.Errorf("quotebench.nsi: uninstall key should be named %s", appID)
	}
}
