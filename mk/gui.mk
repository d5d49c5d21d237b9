# The workbench window: benchmarks and screenshots under Xvfb.
#   make bench-gui     article layout, accept and open benchmarks (headless)
#   make screenshots   runs the real app under Xvfb on a fresh default project and
#                      saves build/screenshots/{main,picker,overview,dark}.png; needs
#                      xvfb, xdotool and imagemagick. Pick the best for docs/.
GUI_DISPLAY ?= :57
SHOTS := build/screenshots

.PHONY: bench-gui screenshots
bench-gui:
	$(GO) test -run '^$$' -bench . -benchmem -benchtime 50x ./app/widgets ./app

screenshots: build
	@mkdir -p $(SHOTS) && rm -rf $(SHOTS)/home && mkdir -p $(SHOTS)/home/.cache
	@set -e; Xvfb $(GUI_DISPLAY) -screen 0 1400x900x24 >/dev/null 2>&1 & X=$$!; sleep 1; \
	HOME=$(CURDIR)/$(SHOTS)/home XDG_DATA_HOME=$(CURDIR)/$(SHOTS)/home/data XDG_RUNTIME_DIR=$(CURDIR)/$(SHOTS)/home \
	  FYNE_THEME=light DISPLAY=$(GUI_DISPLAY) bin/quotebench >$(SHOTS)/app.log 2>&1 & A=$$!; sleep 6; \
	export DISPLAY=$(GUI_DISPLAY); \
	xdotool mousemove 700 690 click 1; for k in n a a a a n; do xdotool key $$k; sleep 0.3; done; \
	import -window root -crop 1280x800+0+0 $(SHOTS)/main.png; \
	xdotool mousemove 700 197 click 1; sleep 0.3; xdotool key s; sleep 0.8; import -window root -crop 1280x800+0+0 $(SHOTS)/picker.png; \
	xdotool key Escape; sleep 0.3; xdotool key ctrl+shift+g; sleep 3; import -window root -crop 1280x800+0+0 $(SHOTS)/overview.png; \
	xdotool key Escape; sleep 0.3; kill $$A; sleep 1; \
	HOME=$(CURDIR)/$(SHOTS)/home XDG_DATA_HOME=$(CURDIR)/$(SHOTS)/home/data XDG_RUNTIME_DIR=$(CURDIR)/$(SHOTS)/home \
	  FYNE_THEME=dark DISPLAY=$(GUI_DISPLAY) bin/quotebench >>$(SHOTS)/app.log 2>&1 & A=$$!; sleep 5; \
	xdotool mousemove 700 197 click 1; sleep 0.5; \
	import -window root -crop 1280x800+0+0 $(SHOTS)/dark.png; \
	kill $$A; sleep 1; kill $$X; echo "screenshots in $(SHOTS)"
