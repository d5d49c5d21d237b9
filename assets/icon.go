package assets

import _ "embed"

// Icon is the application icon, 512×512 PNG, rendered from icon.svg with
// `rsvg-convert -w 512 -h 512 icon.svg -o icon.png` (mk/package.mk: make icon).
// The GUI sets it as the window icon; the packagers use the same file.
//
//go:embed icon.png
var Icon []byte
