# Installers (issue 6). Not part of scripts/test or .ci/run: a cold build takes
# minutes. Artifacts go to dist/, scratch to build/ (both ignored).
#   make package-linux     dist/*.tar.xz (fyne package), *.deb, *.rpm (nfpm)
#   make package-windows   dist/*.exe, *-setup.exe (NSIS), *.msi (wixl);
#                          signed when QB_SIGN_CERT and QB_SIGN_KEY are set
#   make package           both
#   make package-testcert  a self-signed certificate in build/sign for trying signing
#   make icon              re-render assets/icon.png from assets/icon.svg
# QB_SOURCE=HEAD packages the last commit instead of the working tree.
# macOS (.app, .dmg) is built by .github/workflows/release.yml on a macOS runner.

PACKAGE_DEPS_LINUX := librsvg2-bin rpm desktop-file-utils appstream
PACKAGE_DEPS_WINDOWS := gcc-mingw-w64-x86-64 nsis msitools wixl osslsigncode imagemagick librsvg2-bin

.PHONY: package package-linux package-windows package-deps-linux package-deps-windows package-testcert icon package-clean

package: package-deps-linux package-deps-windows
	bash packaging/all.sh

package-linux: package-deps-linux
	bash packaging/linux.sh

package-windows: package-deps-windows
	bash packaging/windows.sh

package-deps-linux:
	sh scripts/deps.sh $(PACKAGE_DEPS_LINUX)

package-deps-windows:
	sh scripts/deps.sh $(PACKAGE_DEPS_WINDOWS)

package-testcert:
	bash packaging/testcert.sh build/sign

icon:
	rsvg-convert -w 512 -h 512 assets/icon.svg -o assets/icon.png

package-clean:
	rm -rf build/stage build/tools dist
